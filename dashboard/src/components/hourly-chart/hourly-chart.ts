import { PulseHourlyChart } from './hourly-chart.component.js';

export { PulseHourlyChart };

if (!customElements.get('pulse-hourly-chart')) {
  customElements.define('pulse-hourly-chart', PulseHourlyChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-hourly-chart': PulseHourlyChart;
  }
}
