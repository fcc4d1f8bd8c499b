import { PulseWaitChart } from './wait-chart.component.js';

export { PulseWaitChart };

if (!customElements.get('pulse-wait-chart')) {
  customElements.define('pulse-wait-chart', PulseWaitChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-wait-chart': PulseWaitChart;
  }
}
