import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../directives/style-props.js';
import type { QueueSnapshot } from '../../../../contracts/queue.js';
import { createFormatters, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { queueTileStyles } from './queue-tile.styles.js';

/**
 * The queue right now: tickets waiting, being served and served today, and who waits in which
 * field. Simulated data carry a badge that says so, so nobody reads the demo as a real centre.
 */
export class PulseQueueTile extends LitElement {
  static override styles = queueTileStyles;

  /** The live queue of the site, or null before the first snapshot. */
  @property({ attribute: false }) queue: QueueSnapshot | null = null;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  private formatters: Formatters = createFormatters('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = createFormatters(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const queue = this.queue;
    if (!queue) return html`<p class="empty">${messages.queueEmpty}</p>`;
    const { count } = this.formatters;
    // Busiest fields first: that is where the director looks.
    const fields = [...queue.fields].sort(
      (a, b) => b.waiting - a.waiting || a.name.localeCompare(b.name, 'vi'),
    );
    const mostWaiting = Math.max(1, ...fields.map((f) => f.waiting));
    return html`
      ${
        queue.demo
          ? html`<div class="demo" data-testid="demo-badge" role="note">${messages.demoBadge}</div>`
          : nothing
      }
      <dl class="totals">
        <div class="total waiting">
          <dt>${messages.queueWaiting}</dt>
          <dd data-testid="queue-waiting" data-value=${queue.totals.waiting}>
            ${count(queue.totals.waiting)}
          </dd>
        </div>
        <div class="total">
          <dt>${messages.queueServing}</dt>
          <dd data-testid="queue-serving" data-value=${queue.totals.serving}>
            ${count(queue.totals.serving)}
          </dd>
        </div>
        <div class="total">
          <dt>${messages.queueServedToday}</dt>
          <dd data-testid="queue-served-today" data-value=${queue.totals.servedToday}>
            ${count(queue.totals.servedToday)}
          </dd>
        </div>
      </dl>
      ${
        fields.length === 0
          ? nothing
          : html`<h3>${messages.queueByField}</h3>
              <ul>
                ${fields.map(
                  (field) =>
                    html`<li>
                      <span>${field.name}</span>
                      <span
                        class="bar"
                        ${styleProps({ width: `${(100 * field.waiting) / mostWaiting}%` })}
                        aria-hidden="true"
                      ></span>
                      <span
                        class="count"
                        data-testid="queue-field-${field.field}"
                        data-value=${field.waiting}
                        >${count(field.waiting)}</span
                      >
                    </li>`,
                )}
              </ul>`
      }
      ${
        queue.asOfMs === null
          ? nothing
          : html`<p class="as-of">${messages.queueAsOf} ${this.formatters.time(queue.asOfMs)}</p>`
      }
    `;
  }
}
