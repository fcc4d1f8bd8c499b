// The weekly report (giao ban tuần): its client, the controller that owns it, weeks and changes.
// The PNG export (`export-png.ts`) is not re-exported: the view loads it on demand.
export {
  compareFigure,
  type ChangeDirection,
  type ChangeTone,
  type FigureChange,
} from './compare.js';
export {
  dayMonthText,
  isIsoWeekText,
  isoWeekOfInstant,
  isoWeekParts,
  shiftIsoWeek,
  weekRangeText,
} from './iso-week.js';
export {
  fetchWeeklyReport,
  weeklyReportUrl,
  type WeeklyReportRequest,
  type WeeklyReportResult,
} from './report-client.js';
export {
  ReportController,
  type ReportControllerOptions,
  type ReportState,
} from './report-controller.js';
