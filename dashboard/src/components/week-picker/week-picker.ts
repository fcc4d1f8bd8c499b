import { PulseWeekPicker } from './week-picker.component.js';

export { PulseWeekPicker };

if (!customElements.get('pulse-week-picker')) {
  customElements.define('pulse-week-picker', PulseWeekPicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-week-picker': PulseWeekPicker;
  }
}
