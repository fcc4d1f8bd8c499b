import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ReportFigures } from '../../../../contracts/report.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { reportTiles } from './report-tile-rows.js';
import { reportTilesStyles } from './report-tiles.styles.js';

/** Arrow of each direction; the words beside it say the same for those who cannot see colour. */
const ARROWS = { up: '▲', down: '▼', same: '=', none: '·' } as const;

/**
 * The week's headline figures as a row of tiles, each with its change since the week before: an
 * arrow, the change in words, and a tone (blue-green better, vermilion worse) that only repeats
 * what the words say.
 */
export class PulseReportTiles extends LitElement {
  static override styles = reportTilesStyles;

  /** This week's figures, or null before the report arrives. */
  @property({ attribute: false }) totals: ReportFigures | null = null;
  /** The week before's figures. */
  @property({ attribute: false }) previous: ReportFigures | null = null;
  /** The target wait the on-time share is measured against (seconds). */
  @property({ type: Number }) targetWaitSeconds = 900;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    if (!this.totals || !this.previous) return nothing;
    const messages = messagesFor(this.language);
    const tiles = reportTiles(
      this.totals,
      this.previous,
      this.targetWaitSeconds,
      messages,
      this.formatters,
    );
    return html`<dl>
      ${tiles.map(
        (tile) =>
          html`<div class="tile" data-testid="report-tile-${tile.id}">
            <dt>${tile.label}</dt>
            <dd class="value" data-testid="report-${tile.id}" data-value=${tile.dataValue}>
              ${tile.value}
            </dd>
            ${tile.detail === null ? nothing : html`<dd class="detail">${tile.detail}</dd>`}
            <dd
              class="change ${tile.change.tone}"
              data-testid="report-change-${tile.id}"
              data-direction=${tile.change.direction}
            >
              <span class="arrow" aria-hidden="true">${ARROWS[tile.change.direction]}</span>
              ${tile.change.text}
            </dd>
          </div>`,
      )}
    </dl>`;
  }
}
