import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { PulseWeekChangeEvent } from '../../events/pulse-week-change.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { isoWeekOfInstant, shiftIsoWeek } from '../../report/iso-week.js';
import { weekPickerStyles } from './week-picker.styles.js';

/**
 * Three buttons to move between weeks: the week before, this week, the week after (not past the
 * current week, which has no later figures). Plain buttons, so Tab, Enter and Space work; it only
 * asks, the container owns the route.
 *
 * @event pulse-week-change - Show another week; `detail.week` is `YYYY-Www`, or null for this week.
 */
export class PulseWeekPicker extends LitElement {
  static override styles = weekPickerStyles;

  /** Monday 00:00 (epoch ms) of the week shown, or null before any report. */
  @property({ attribute: false }) mondayMs: number | null = null;
  /** Now on the collector's clock (epoch ms), to know which week is the current one. */
  @property({ type: Number }) nowMs = 0;
  /** Language of the labels. */
  @property() language: Language = 'vi';

  override render() {
    const messages = messagesFor(this.language);
    const current = isoWeekOfInstant(this.nowMs);
    const shown = this.mondayMs === null ? null : shiftIsoWeek(this.mondayMs, 0);
    const next = this.mondayMs === null ? null : shiftIsoWeek(this.mondayMs, 1);
    return html`<div role="group" aria-label=${messages.reportPickerLabel}>
      <button
        type="button"
        data-testid="report-previous-week"
        ?disabled=${this.mondayMs === null}
        @click=${() => this.pick(shiftIsoWeek(this.mondayMs!, -1))}
      >
        <span aria-hidden="true">‹</span> ${messages.reportPreviousWeek}
      </button>
      <button
        type="button"
        data-testid="report-this-week"
        aria-pressed=${shown === current ? 'true' : 'false'}
        @click=${() => this.pick(null)}
      >
        ${messages.reportThisWeek}
      </button>
      <button
        type="button"
        data-testid="report-next-week"
        ?disabled=${next === null || next > current}
        @click=${() => this.pick(next)}
      >
        ${messages.reportNextWeek} <span aria-hidden="true">›</span>
      </button>
    </div>`;
  }

  private pick(week: string | null): void {
    const event: PulseWeekChangeEvent = new CustomEvent('pulse-week-change', {
      detail: { week },
      bubbles: true,
      composed: true,
    });
    this.dispatchEvent(event);
  }
}
