import { PulseOutageTimeline } from './outage-timeline.component.js';

export { PulseOutageTimeline };

if (!customElements.get('pulse-outage-timeline')) {
  customElements.define('pulse-outage-timeline', PulseOutageTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-outage-timeline': PulseOutageTimeline;
  }
}
