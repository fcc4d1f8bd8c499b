import { PulseProceduresChart } from './procedures-chart.component.js';

export { PulseProceduresChart };

if (!customElements.get('pulse-procedures-chart')) {
  customElements.define('pulse-procedures-chart', PulseProceduresChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-procedures-chart': PulseProceduresChart;
  }
}
