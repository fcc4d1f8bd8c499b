import { PulseTargetList } from './target-list.component.js';

export { PulseTargetList };

if (!customElements.get('pulse-target-list')) {
  customElements.define('pulse-target-list', PulseTargetList);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-target-list': PulseTargetList;
  }
}
