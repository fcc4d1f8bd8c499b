import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { QueueSnapshot } from '../../../../contracts/queue.js';
import type { Messages } from '../../i18n/catalogue-vi.js';
import { formatWaitMinutes } from '../../i18n/elapsed.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { fieldRowsOf, type FieldRow } from './field-rows.js';
import { fieldQueueStyles } from './field-queue.styles.js';

/**
 * Who waits where, right now: the site's totals (waiting, being served, served today), then one
 * row per field with the number waiting, how long the oldest ticket has waited, and how long a
 * ticket taken now would wait. Simulated data carry a badge that says so. On a wall screen (`tv`)
 * the fields are a table, one line per field under column headings, so that eight fields fit.
 */
export class PulseFieldQueue extends LitElement {
  static override styles = fieldQueueStyles;

  /** The live queue of the site, or null before the first snapshot. */
  @property({ attribute: false }) queue: QueueSnapshot | null = null;
  /** Now on the collector's clock (epoch ms): waits grow with it. */
  @property({ attribute: false }) nowMs = 0;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';
  /** Wall-screen form (TV mode): a table of one line per field, the words in its headings. */
  @property({ type: Boolean, reflect: true }) tv = false;

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const queue = this.queue;
    if (!queue) return html`<p class="empty">${messages.queueEmpty}</p>`;
    const { count } = this.formatters;
    const rows = fieldRowsOf(queue, this.nowMs);
    return html`
      ${
        queue.demo
          ? html`<div class="demo" data-testid="demo-badge" role="note">${messages.demoBadge}</div>`
          : nothing
      }
      <dl class="totals">
        ${this.renderTotal(messages.queueWaiting, 'queue-waiting', queue.totals.waiting, 'main')}
        ${this.renderTotal(messages.queueServing, 'queue-serving', queue.totals.serving)}
        ${this.renderTotal(
          messages.queueServedToday,
          'queue-served-today',
          queue.totals.servedToday,
        )}
      </dl>
      ${
        rows.length === 0
          ? html`<p class="empty">${messages.fieldsEmpty}</p>`
          : this.tv
            ? this.renderTable(rows, messages, count)
            : html`<ul class="fields">
                ${rows.map((row) => this.renderRow(row, messages, count))}
              </ul>`
      }
      ${
        queue.asOfMs === null
          ? nothing
          : html`<p class="as-of">${messages.queueAsOf} ${this.formatters.time(queue.asOfMs)}</p>`
      }
    `;
  }

  private renderTotal(label: string, testId: string, value: number, kind = '') {
    return html`<div class="total ${kind}">
      <dt>${label}</dt>
      <dd data-testid=${testId} data-value=${value}>${this.formatters.count(value)}</dd>
    </div>`;
  }

  private renderRow(row: FieldRow, messages: Messages, count: (value: number) => string) {
    const waits = row.waiting > 0;
    return html`<li data-testid="field-${row.field}" class=${waits ? 'busy' : 'quiet'}>
      <span class="name">${row.name}</span>
      <span class="waiting">
        <span class="number" data-testid="queue-field-${row.field}" data-value=${row.waiting}
          >${count(row.waiting)}</span
        >
        <span class="unit">${messages.fieldWaiting}</span>
      </span>
      <span class="details">
        <span
          class="detail longest"
          data-testid="field-longest-${row.field}"
          data-value=${row.longestWaitSeconds === null ? '' : Math.round(row.longestWaitSeconds)}
        >
          ${
            row.longestWaitSeconds === null
              ? messages.fieldNobodyWaiting
              : `${messages.fieldLongestWait} ${formatWaitMinutes(row.longestWaitSeconds, messages)}`
          }
        </span>
        <span
          class="detail estimate"
          data-testid="field-estimate-${row.field}"
          data-value=${row.estimatedWaitSeconds === null ? '' : Math.round(row.estimatedWaitSeconds)}
        >
          ${this.estimateText(row, messages)}
        </span>
      </span>
    </li>`;
  }

  // The wall screen's form: the words once in the headings, the figures alone in the cells.
  private renderTable(rows: FieldRow[], messages: Messages, count: (value: number) => string) {
    return html`<table class="fields">
      <thead>
        <tr>
          <th scope="col" class="name">${messages.fieldColumn}</th>
          <th scope="col" class="waiting">${messages.fieldWaiting}</th>
          <th scope="col">${messages.fieldLongestWait}</th>
          <th scope="col">${messages.fieldEstimate}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr data-testid="field-${row.field}" class=${row.waiting > 0 ? 'busy' : 'quiet'}>
              <th scope="row" class="name">${row.name}</th>
              <td class="number" data-testid="queue-field-${row.field}" data-value=${row.waiting}>
                ${count(row.waiting)}
              </td>
              <td
                class="detail longest"
                data-testid="field-longest-${row.field}"
                data-value=${
                  row.longestWaitSeconds === null ? '' : Math.round(row.longestWaitSeconds)
                }
              >
                ${
                  row.longestWaitSeconds === null
                    ? // The dash is for the eye; a screen reader would say "dash".
                      html`<span aria-hidden="true">—</span
                        ><span class="spoken">${messages.fieldNobodyWaiting}</span>`
                    : formatWaitMinutes(row.longestWaitSeconds, messages)
                }
              </td>
              <td
                class="detail estimate"
                data-testid="field-estimate-${row.field}"
                data-value=${
                  row.estimatedWaitSeconds === null ? '' : Math.round(row.estimatedWaitSeconds)
                }
              >
                ${this.estimateCell(row, messages)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** The estimate under its heading: the minutes alone, or why there is none. */
  private estimateCell(row: FieldRow, messages: Messages): string {
    if (row.openCounters === 0) return messages.fieldNoCounterOpen;
    if (row.estimatedWaitSeconds === null) return '';
    if (row.estimatedWaitSeconds < 60) return messages.fieldNoWait;
    return formatWaitMinutes(row.estimatedWaitSeconds, messages);
  }

  private estimateText(row: FieldRow, messages: Messages): string {
    if (row.openCounters === 0) return messages.fieldNoCounterOpen;
    if (row.estimatedWaitSeconds === null) return '';
    if (row.estimatedWaitSeconds < 60) return `${messages.fieldEstimate}: ${messages.fieldNoWait}`;
    return `${messages.fieldEstimate} ${formatWaitMinutes(row.estimatedWaitSeconds, messages)}`;
  }
}
