import { PulseThemeSwitch } from './theme-switch.component.js';

export { PulseThemeSwitch };

if (!customElements.get('pulse-theme-switch')) {
  customElements.define('pulse-theme-switch', PulseThemeSwitch);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-theme-switch': PulseThemeSwitch;
  }
}
