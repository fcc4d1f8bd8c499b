import { PulseReportTiles } from './report-tiles.component.js';

export { PulseReportTiles };

if (!customElements.get('pulse-report-tiles')) {
  customElements.define('pulse-report-tiles', PulseReportTiles);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-report-tiles': PulseReportTiles;
  }
}
