import { PulseQueueTile } from './queue-tile.component.js';

export { PulseQueueTile };

if (!customElements.get('pulse-queue-tile')) {
  customElements.define('pulse-queue-tile', PulseQueueTile);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-queue-tile': PulseQueueTile;
  }
}
