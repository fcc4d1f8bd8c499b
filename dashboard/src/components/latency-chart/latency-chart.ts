import { PulseLatencyChart } from './latency-chart.component.js';

export { PulseLatencyChart };

if (!customElements.get('pulse-latency-chart')) {
  customElements.define('pulse-latency-chart', PulseLatencyChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-latency-chart': PulseLatencyChart;
  }
}
