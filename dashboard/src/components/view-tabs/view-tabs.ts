import { PulseViewTabs } from './view-tabs.component.js';

export { PulseViewTabs };

if (!customElements.get('pulse-view-tabs')) {
  customElements.define('pulse-view-tabs', PulseViewTabs);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-view-tabs': PulseViewTabs;
  }
}
