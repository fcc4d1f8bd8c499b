import { PulseSignIn } from './sign-in.component.js';

export { PulseSignIn };

if (!customElements.get('pulse-sign-in')) {
  customElements.define('pulse-sign-in', PulseSignIn);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-sign-in': PulseSignIn;
  }
}
