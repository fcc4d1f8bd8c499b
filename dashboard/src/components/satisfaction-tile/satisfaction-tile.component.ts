import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { KpiFigures } from '../../../../contracts/queue.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { satisfactionTileStyles } from './satisfaction-tile.styles.js';

/** Citizens' ratings today: the share satisfied, the mean rating out of 4 and how many rated. */
export class PulseSatisfactionTile extends LitElement {
  static override styles = satisfactionTileStyles;

  /** Today's figures of the site, or null before any (or from a collector without them). */
  @property({ attribute: false }) figures: KpiFigures | null = null;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const figures = this.figures;
    const { percent, oneDecimal, count } = this.formatters;
    if (!figures || figures.ratings === 0 || figures.satisfiedShare === null) {
      return html`<p class="empty" data-testid="satisfaction" data-value="">
        ${messages.satisfactionEmpty}
      </p>`;
    }
    return html`<div data-testid="satisfaction" data-value=${figures.satisfiedShare}>
      <p class="share">
        <span class="value">${percent(figures.satisfiedShare)}</span>
        <span class="label">${messages.satisfiedShare}</span>
      </p>
      <p class="details">
        ${
          figures.ratingMean === null
            ? ''
            : html`${messages.ratingMean} <strong>${oneDecimal(figures.ratingMean)}</strong>/4 · `
        }
        <strong data-testid="satisfaction-count">${count(figures.ratings)}</strong>
        ${messages.ratingsCount}
      </p>
    </div>`;
  }
}
