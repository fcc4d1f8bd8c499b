import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { LinkVerdict, Outage, TargetLinkState } from '../../../../contracts/link-health.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { diagnosisSinceMs, verdictSeverity } from './diagnosis.js';
import { diagnosisBannerStyles } from './diagnosis-banner.styles.js';

/**
 * What is wrong with the centre's connection, in one sentence, what to do about it, and since
 * when: a banner meant to be read from across the room when something is down or slow, a small
 * calm line when all is well. The sentences are the collector's verdict, in the page's language.
 * The element is a live region (`role="status"`), so a screen reader announces a new verdict.
 * On a wall screen (`tv`) the alert is one line: the verdict's sentence and since when, large;
 * what IT support should do is left to the desk screens, where someone can act on it.
 */
export class PulseDiagnosisBanner extends LitElement {
  static override styles = diagnosisBannerStyles;

  /** The collector's verdict, or null before the first (or from a collector without one). */
  @property({ attribute: false }) verdict: LinkVerdict | null = null;
  /** Link state of each target by slug: the "since" of the targets the verdict names. */
  @property({ attribute: false }) linkStates: ReadonlyMap<string, TargetLinkState> = new Map();
  /** Outages still going on: the "since" when no named target has one. */
  @property({ attribute: false }) openOutages: readonly Outage[] = [];
  /** Now (epoch ms), to tell a time of today from an older one. */
  @property({ attribute: false }) nowMs = 0;
  /** Language of the sentences and labels. */
  @property() language: Language = 'vi';
  /** Wall-screen form (TV mode): one line, the sentence and since when, without the action. */
  @property({ type: Boolean, reflect: true }) tv = false;

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const verdict = this.verdict;
    return html`<div
      role="status"
      data-testid="diagnosis"
      data-code=${verdict?.code ?? ''}
      data-severity=${verdict ? verdictSeverity(verdict.code) : ''}
    >
      ${verdict ? this.renderVerdict(verdict) : nothing}
    </div>`;
  }

  private renderVerdict(verdict: LinkVerdict) {
    const messages = messagesFor(this.language);
    const severity = verdictSeverity(verdict.code);
    const text = verdict.text[this.language];
    if (severity === 'ok' || severity === 'unknown') {
      return html`<p class="calm ${severity}">
        <span class="dot" aria-hidden="true"></span>
        ${severity === 'ok' ? messages.diagnosisOk : text.summary}
      </p>`;
    }
    const sinceMs = diagnosisSinceMs(verdict, this.linkStates, this.openOutages);
    const since =
      sinceMs === null
        ? nothing
        : html`<span class="since" data-testid="diagnosis-since"
            >${messages.since} ${this.formatters.moment(sinceMs, this.nowMs)}</span
          >`;
    if (this.tv) {
      return html`<div class="alert ${severity}">
        ${severity === 'down' ? downIcon : degradedIcon}
        <p class="summary" data-testid="diagnosis-summary">
          <span class="label"
            >${severity === 'down' ? messages.diagnosisDown : messages.diagnosisDegraded}:</span
          >
          ${text.summary}
        </p>
        ${since}
      </div>`;
    }
    return html`<div class="alert ${severity}">
      ${severity === 'down' ? downIcon : degradedIcon}
      <div class="body">
        <div class="kicker">
          <span class="label"
            >${severity === 'down' ? messages.diagnosisDown : messages.diagnosisDegraded}</span
          >
          ${since}
        </div>
        <p class="summary" data-testid="diagnosis-summary">${text.summary}</p>
        ${
          text.action === ''
            ? nothing
            : html`<p class="action" data-testid="diagnosis-action">
                <span class="action-label">${messages.diagnosisAction}:</span> ${text.action}
              </p>`
        }
      </div>
    </div>`;
  }
}

// Shapes that differ as well as colours: an octagon with a cross (stop) for down, a triangle with
// an exclamation mark (warning) for slow.
const downIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
  <polygon class="shape" points="7,1 17,1 23,7 23,17 17,23 7,23 1,17 1,7" />
  <path class="mark" d="M8 8 L16 16 M16 8 L8 16" />
</svg>`;
const degradedIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
  <polygon class="shape" points="12,1.5 23,22 1,22" />
  <path class="mark" d="M12 8.5 V14.5 M12 17.5 V18.5" />
</svg>`;
