import { PulseLiveLoadView } from './live-load-view.component.js';

export { PulseLiveLoadView };

if (!customElements.get('pulse-live-load-view')) {
  customElements.define('pulse-live-load-view', PulseLiveLoadView);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-live-load-view': PulseLiveLoadView;
  }
}
