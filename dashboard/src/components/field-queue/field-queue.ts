import { PulseFieldQueue } from './field-queue.component.js';

export { PulseFieldQueue };

if (!customElements.get('pulse-field-queue')) {
  customElements.define('pulse-field-queue', PulseFieldQueue);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-field-queue': PulseFieldQueue;
  }
}
