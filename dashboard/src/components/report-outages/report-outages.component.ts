import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ReportOutage } from '../../../../contracts/report.js';
import { formatDurationS } from '../../i18n/duration.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { reportOutagesStyles } from './report-outages.styles.js';

/**
 * The week's link outages, oldest first as they happened: start, duration, and the cause in the
 * collector's plain words. At most `limit` rows fit the sheet; the rest are counted in a last line.
 */
export class PulseReportOutages extends LitElement {
  static override styles = reportOutagesStyles;

  /** The week's outages, as the report lists them. */
  @property({ attribute: false }) outages: readonly ReportOutage[] = [];
  /** Rows shown at most (default 5). */
  @property({ type: Number }) limit = 5;
  /** Language of labels, dates and causes. */
  @property() language: Language = 'vi';

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    if (this.outages.length === 0) {
      return html`<p class="empty" data-testid="report-outages-empty">
        ${messages.reportOutagesEmpty}
      </p>`;
    }
    const sorted = [...this.outages].sort((a, b) => a.startedMs - b.startedMs);
    const shown = sorted.slice(0, this.limit);
    const hidden = sorted.length - shown.length;
    return html`<table data-testid="report-outages" data-count=${this.outages.length}>
        <thead>
          <tr>
            <th scope="col">${messages.outageStart}</th>
            <th scope="col">${messages.outageDuration}</th>
            <th scope="col">${messages.outageCause}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (outage) =>
              html`<tr data-testid="report-outage-${outage.target}-${outage.startedMs}">
                <td class="when">${this.formatters.dateTime(outage.startedMs)}</td>
                <td class="duration">
                  ${
                    outage.durationS === null
                      ? messages.outageOngoing
                      : formatDurationS(outage.durationS, messages)
                  }
                </td>
                <td>${outage.summary[this.language]}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        hidden > 0
          ? html`<p class="more">
              + ${this.formatters.count(hidden)} ${messages.reportOutagesMore}
            </p>`
          : nothing
      }`;
  }
}
