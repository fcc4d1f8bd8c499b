// The weekly report view, for the weekly briefing (giao ban tuần).
export { PulseReportView } from './report-view.js';
export { SHEET_HEIGHT, SHEET_WIDTH } from './report-view.component.js';
