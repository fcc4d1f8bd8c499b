import { PulseOutageList } from './outage-list.component.js';

export { PulseOutageList };

if (!customElements.get('pulse-outage-list')) {
  customElements.define('pulse-outage-list', PulseOutageList);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-outage-list': PulseOutageList;
  }
}
