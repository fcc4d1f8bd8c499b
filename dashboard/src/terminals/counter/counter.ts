// Entry of the counter page (counter.html): registering <pulse-counter-page> starts it.
import { PulseCounterPage } from './counter-page.component.js';

export { PulseCounterPage };

if (!customElements.get('pulse-counter-page')) {
  customElements.define('pulse-counter-page', PulseCounterPage);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-counter-page': PulseCounterPage;
  }
}
