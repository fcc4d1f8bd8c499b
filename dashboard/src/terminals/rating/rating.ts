// Entry of the rating pad (rating.html): registering <pulse-rating-pad> starts it.
import { PulseRatingPad } from './rating-pad.component.js';

export { PulseRatingPad };

if (!customElements.get('pulse-rating-pad')) {
  customElements.define('pulse-rating-pad', PulseRatingPad);
}

declare global {
  interface HTMLElementTagNameMap {
    'pulse-rating-pad': PulseRatingPad;
  }
}
