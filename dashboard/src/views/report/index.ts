// The weekly report view, for the weekly briefing (a placeholder until it is built).
export { PulseReportView } from './report-view.js';
