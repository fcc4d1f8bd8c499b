import { PulseRangePicker } from './range-picker.component.js';

export { PulseRangePicker };

if (!customElements.get('pulse-range-picker')) {
  customElements.define('pulse-range-picker', PulseRangePicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-range-picker': PulseRangePicker;
  }
}
