import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  RANGE_KINDS,
  centreDateTimeInput,
  parseCentreDateTime,
  type RangeKind,
  type TimeRange,
} from '../../connectivity/time-range.js';
import type { PulseRangeChangeEvent } from '../../events/pulse-range-change.js';
import type { Messages } from '../../i18n/catalogue-vi.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { rangePickerStyles } from './range-picker.styles.js';

const LABELS: Record<RangeKind, keyof Messages> = {
  live: 'rangeLive',
  '1h': 'range1h',
  '24h': 'range24h',
  '7d': 'range7d',
  custom: 'rangeCustom',
};

/**
 * Picks the time range of the Connectivity view: live, 1 h, 24 h, 7 d, or two dates and times on
 * the centre's clock (Asia/Ho_Chi_Minh). Toggle buttons with `aria-pressed`; "Tùy chọn" opens the
 * two fields and "Xem" applies them.
 *
 * @event pulse-range-change - The user picked a range; `detail.range` holds it.
 */
export class PulseRangePicker extends LitElement {
  static override styles = rangePickerStyles;

  /** The range shown now. */
  @property({ attribute: false }) range: TimeRange = { kind: 'live' };
  /** Now (epoch ms), to prefill the custom fields with the last 24 hours. */
  @property({ attribute: false }) nowMs = 0;
  /** Whether the range's figures are loading. */
  @property({ type: Boolean }) busy = false;
  /** Language of labels. */
  @property() language: Language = 'vi';

  /** The custom fields are open. */
  @state() private editing = false;
  /** Why the custom range was refused, or null. */
  @state() private problem: string | null = null;

  override render() {
    const messages = messagesFor(this.language);
    const shown = this.editing ? 'custom' : this.range.kind;
    return html`<div class="kinds" role="group" aria-label=${messages.rangeLabel}>
        ${RANGE_KINDS.map(
          (kind) =>
            html`<button
              type="button"
              data-testid="range-${kind}"
              aria-pressed=${shown === kind ? 'true' : 'false'}
              @click=${() => this.choose(kind)}
            >
              ${messages[LABELS[kind]]}
            </button>`,
        )}
        <span class="busy" role="status">${this.busy ? messages.rangeLoading : ''}</span>
      </div>
      ${shown === 'custom' ? this.renderCustom(messages) : nothing}`;
  }

  private renderCustom(messages: Messages) {
    const range = this.range.kind === 'custom' ? this.range : null;
    const toMs = range?.toMs ?? this.nowMs;
    const fromMs = range?.fromMs ?? this.nowMs - 24 * 3_600_000;
    return html`<form class="custom" @submit=${(event: Event) => this.apply(event)}>
      <label
        >${messages.rangeFrom}
        <input
          type="datetime-local"
          name="from"
          data-testid="range-from"
          .value=${centreDateTimeInput(fromMs)}
          required
      /></label>
      <label
        >${messages.rangeTo}
        <input
          type="datetime-local"
          name="to"
          data-testid="range-to"
          .value=${centreDateTimeInput(toMs)}
          required
      /></label>
      <button type="submit" data-testid="range-apply">${messages.rangeApply}</button>
      ${this.problem ? html`<span class="problem" role="alert">${this.problem}</span>` : nothing}
    </form>`;
  }

  private choose(kind: RangeKind): void {
    this.problem = null;
    if (kind === 'custom') {
      this.editing = true;
      return;
    }
    this.editing = false;
    this.emit({ kind });
  }

  private apply(event: Event): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: string) =>
      parseCentreDateTime((form.elements.namedItem(name) as HTMLInputElement).value);
    const fromMs = read('from');
    const toMs = read('to');
    if (fromMs === null || toMs === null || fromMs >= toMs) {
      this.problem = messagesFor(this.language).rangeInvalid;
      return;
    }
    this.problem = null;
    this.editing = false;
    this.emit({ kind: 'custom', fromMs, toMs });
  }

  private emit(range: TimeRange): void {
    const event: PulseRangeChangeEvent = new CustomEvent('pulse-range-change', {
      detail: { range },
      bubbles: true,
      composed: true,
    });
    this.dispatchEvent(event);
  }
}
