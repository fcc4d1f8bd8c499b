import { PulseDiagnosisBanner } from './diagnosis-banner.component.js';

export { PulseDiagnosisBanner };

if (!customElements.get('pulse-diagnosis-banner')) {
  customElements.define('pulse-diagnosis-banner', PulseDiagnosisBanner);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-diagnosis-banner': PulseDiagnosisBanner;
  }
}
