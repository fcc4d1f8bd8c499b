import { PulseSpreadChart } from './spread-chart.component.js';

export { PulseSpreadChart };

if (!customElements.get('pulse-spread-chart')) {
  customElements.define('pulse-spread-chart', PulseSpreadChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-spread-chart': PulseSpreadChart;
  }
}
