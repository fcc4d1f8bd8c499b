import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { reportViewStyles } from './report-view.styles.js';

/** The weekly report for the briefing meeting: a placeholder that says so until it is built. */
export class PulseReportView extends LitElement {
  static override styles = reportViewStyles;

  /** Language of the note. */
  @property() language: Language = 'vi';

  override render() {
    const messages = messagesFor(this.language);
    return html`<section data-testid="report-pending" role="note">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M3 20h18M6 20V9l6-5 6 5v11M10 20v-6h4v6" />
      </svg>
      <div>
        <h2>${messages.viewReport}: ${messages.reportPending}</h2>
        <p>${messages.reportPendingHint}</p>
      </div>
    </section>`;
  }
}
