import { PulseKpiTiles } from './kpi-tiles.component.js';

export { PulseKpiTiles };

if (!customElements.get('pulse-kpi-tiles')) {
  customElements.define('pulse-kpi-tiles', PulseKpiTiles);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-kpi-tiles': PulseKpiTiles;
  }
}
