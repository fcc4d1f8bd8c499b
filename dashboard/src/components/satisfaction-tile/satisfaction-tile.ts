import { PulseSatisfactionTile } from './satisfaction-tile.component.js';

export { PulseSatisfactionTile };

if (!customElements.get('pulse-satisfaction-tile')) {
  customElements.define('pulse-satisfaction-tile', PulseSatisfactionTile);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-satisfaction-tile': PulseSatisfactionTile;
  }
}
