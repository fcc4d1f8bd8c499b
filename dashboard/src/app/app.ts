import { PulseApp } from './app.component.js';

export { PulseApp };

if (!customElements.get('pulse-app')) {
  customElements.define('pulse-app', PulseApp);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-app': PulseApp;
  }
}
