import { PulseReportOutages } from './report-outages.component.js';

export { PulseReportOutages };

if (!customElements.get('pulse-report-outages')) {
  customElements.define('pulse-report-outages', PulseReportOutages);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-report-outages': PulseReportOutages;
  }
}
