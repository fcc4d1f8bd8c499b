import { PulseReportView } from './report-view.component.js';

export { PulseReportView };

if (!customElements.get('pulse-report-view')) {
  customElements.define('pulse-report-view', PulseReportView);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-report-view': PulseReportView;
  }
}
