import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../directives/style-props.js';
import type { TargetLinkState } from '../../../../contracts/link-health.js';
import type { TargetInfo } from '../../../../contracts/live.js';
import type { Sample } from '../../../../contracts/sample.js';
import { seriesColour } from '../../charts/palette.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, roleLabel, type Language } from '../../i18n/language.js';
import { computeTargetRows, type TargetStatusRow } from './target-status.js';
import { targetListStyles } from './target-list.styles.js';

/**
 * Each probe target with its state and latest latency. A target that does not answer is shown as
 * "Mất kết nối", a state of the link and not a fault of the page, with the time it went down; it
 * doubles as the chart legend.
 */
export class PulseTargetList extends LitElement {
  static override styles = targetListStyles;

  /** Configured targets with display names, in display order. */
  @property({ attribute: false }) targets: readonly TargetInfo[] = [];
  /** Latest link sample of each target, by slug. */
  @property({ attribute: false }) latest: ReadonlyMap<string, Sample> = new Map();
  /** The collector's link state of each target, by slug; empty from a collector without it. */
  @property({ attribute: false }) linkStates: ReadonlyMap<string, TargetLinkState> = new Map();
  /** Now (epoch ms), to tell a time of today from an older one. */
  @property({ attribute: false }) nowMs = 0;
  /** Chart colour of each target slug, so the list is also the chart's legend. */
  @property({ attribute: false }) colours: ReadonlyMap<string, string> = new Map();
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const rows = computeTargetRows(this.targets, this.latest, this.linkStates);
    if (rows.length === 0) return html`<p class="empty">${messages.targetsEmpty}</p>`;
    return html`<ul data-testid="target-list">
      ${rows.map((row, index) => this.renderRow(row, index))}
    </ul>`;
  }

  private renderCertificate(row: TargetStatusRow) {
    if (row.certificate === null || row.certificateDaysLeft === null) return '';
    const messages = messagesFor(this.language);
    const days = Math.floor(row.certificateDaysLeft);
    const text =
      days < 0
        ? messages.certificateExpired
        : messages.certificateExpiresIn.replace('{days}', this.formatters.count(days));
    return html`<div
      class="certificate ${row.certificate}"
      role=${row.certificate === 'urgent' ? 'alert' : nothing}
      data-testid="certificate-${row.id}"
      data-level=${row.certificate}
      data-value=${String(row.certificateDaysLeft)}
    >
      ${text}
    </div>`;
  }

  private renderRow(row: TargetStatusRow, index: number) {
    const messages = messagesFor(this.language);
    const label = {
      up: messages.targetUp,
      degraded: messages.targetDegraded,
      down: messages.targetDown,
      unknown: messages.targetUnknown,
    }[row.state];
    return html`<li data-testid="target-${row.id}" data-state=${row.state}>
      <span
        class="swatch"
        ${styleProps({ background: this.colours.get(row.id) ?? seriesColour(index) })}
      ></span>
      <span>
        <span class="name">${row.name}</span>
        ${row.role ? html`<span class="role">· ${roleLabel(messages, row.role)}</span>` : ''}
        ${this.renderCertificate(row)}
        ${
          row.measuredAtMs === null
            ? ''
            : html`<div class="measured">
                ${messages.lastMeasured} ${this.formatters.time(row.measuredAtMs)}
              </div>`
        }
      </span>
      <span class="values">
        <div
          class="latency"
          data-testid="latency-${row.id}"
          data-value=${row.rttMs === null ? '' : String(row.rttMs)}
        >
          ${row.rttMs === null ? '—' : this.formatters.latencyMs(row.rttMs)}
        </div>
        <span class="status ${row.state}" data-testid="status-${row.id}">${label}</span>
        ${
          row.sinceMs === null
            ? ''
            : html`<div class="since" data-testid="since-${row.id}">
                ${messages.since} ${this.formatters.moment(row.sinceMs, this.nowMs)}
              </div>`
        }
      </span>
    </li>`;
  }
}
