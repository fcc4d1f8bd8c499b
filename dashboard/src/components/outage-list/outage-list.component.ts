import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Outage } from '../../../../contracts/link-health.js';
import { formatDurationS } from '../../i18n/duration.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { computeOutageRows, type OutageRow } from './outage-rows.js';
import { outageListStyles } from './outage-list.styles.js';

/**
 * The outages of the last 24 hours, newest first: which check went down, when, for how long, and
 * why in plain words. An outage still going on says so and counts its duration up to now.
 */
export class PulseOutageList extends LitElement {
  static override styles = outageListStyles;

  /** Outages to list (the container keeps the last 24 hours); any order. */
  @property({ attribute: false }) outages: readonly Outage[] = [];
  /** Display name of each target slug; a slug without one is shown as it is. */
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();
  /** Now (epoch ms): the end of an ongoing outage's duration. */
  @property({ attribute: false }) nowMs = 0;
  /** Line shown when there is no outage; default "no outage in the last 24 hours". */
  @property({ attribute: false }) emptyText: string | null = null;
  /** Language of labels, times and causes. */
  @property() language: Language = 'vi';

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const rows = computeOutageRows(this.outages, this.names, this.nowMs, this.language);
    if (rows.length === 0) {
      return html`<p class="empty" data-testid="outages-empty">
        <span class="tick" aria-hidden="true"></span>${this.emptyText ?? messages.outagesEmpty}
      </p>`;
    }
    return html`<table data-testid="outage-list">
      <thead>
        <tr>
          <th scope="col">${messages.outageTarget}</th>
          <th scope="col">${messages.outageStart}</th>
          <th scope="col">${messages.outageEnd}</th>
          <th scope="col">${messages.outageDuration}</th>
          <th scope="col">${messages.outageCause}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => this.renderRow(row))}
      </tbody>
    </table>`;
  }

  private renderRow(row: OutageRow) {
    const messages = messagesFor(this.language);
    const ongoing = row.endedMs === null;
    return html`<tr
      class=${ongoing ? 'ongoing' : 'ended'}
      data-testid="outage-${row.key}"
      data-state=${ongoing ? 'ongoing' : 'ended'}
    >
      <th scope="row">${row.name}</th>
      <td class="time">${this.formatters.moment(row.startedMs, this.nowMs)}</td>
      <td class="time" data-testid="outage-end-${row.key}">
        ${
          ongoing
            ? html`<span class="badge">${messages.outageOngoing}</span>`
            : this.formatters.moment(row.endedMs ?? row.startedMs, this.nowMs)
        }
      </td>
      <td class="time">${formatDurationS(row.durationS, messages)}</td>
      <td class="cause">${row.cause}</td>
    </tr>`;
  }
}
