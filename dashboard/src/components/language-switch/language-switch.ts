import { PulseLanguageSwitch } from './language-switch.component.js';

export { PulseLanguageSwitch };

if (!customElements.get('pulse-language-switch')) {
  customElements.define('pulse-language-switch', PulseLanguageSwitch);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-language-switch': PulseLanguageSwitch;
  }
}
