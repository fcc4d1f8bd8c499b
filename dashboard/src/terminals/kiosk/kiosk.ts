// Entry of the kiosk page (kiosk.html): registering <pulse-kiosk-page> starts it.
import { PulseKioskPage } from './kiosk-page.component.js';

export { PulseKioskPage };

if (!customElements.get('pulse-kiosk-page')) {
  customElements.define('pulse-kiosk-page', PulseKioskPage);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-kiosk-page': PulseKioskPage;
  }
}
