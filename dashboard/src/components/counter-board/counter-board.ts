import { PulseCounterBoard } from './counter-board.component.js';

export { PulseCounterBoard };

if (!customElements.get('pulse-counter-board')) {
  customElements.define('pulse-counter-board', PulseCounterBoard);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-counter-board': PulseCounterBoard;
  }
}
