import { PulseDeviceSignIn } from './device-sign-in.component.js';

export { PulseDeviceSignIn };

if (!customElements.get('pulse-device-sign-in')) {
  customElements.define('pulse-device-sign-in', PulseDeviceSignIn);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-device-sign-in': PulseDeviceSignIn;
  }
}
