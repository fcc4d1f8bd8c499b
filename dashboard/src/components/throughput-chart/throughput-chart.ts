import { PulseThroughputChart } from './throughput-chart.component.js';

export { PulseThroughputChart };

if (!customElements.get('pulse-throughput-chart')) {
  customElements.define('pulse-throughput-chart', PulseThroughputChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-throughput-chart': PulseThroughputChart;
  }
}
