import { PulseConnectivityView } from './connectivity-view.component.js';

export { PulseConnectivityView };

if (!customElements.get('pulse-connectivity-view')) {
  customElements.define('pulse-connectivity-view', PulseConnectivityView);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-connectivity-view': PulseConnectivityView;
  }
}
