import { html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { TerminalApi } from '../api/terminal-api.js';
import { terminalMessages as m } from '../messages.js';
import { sendStatus } from '../send-status.js';
import { terminalGate } from '../terminal-gate.js';
import { TerminalController } from '../terminal-controller.js';
import { terminalStyles } from '../terminal.styles.js';
import { face } from './faces.js';
import { ratingStyles } from './rating-pad.styles.js';

/** The thank-you screen stays this long before the faces come back (ms). */
const THANKS_SHOWN_MS = 4000;
/** A rating names the counter's last visit when it ended at most this long ago (ms). */
const VISIT_RECENT_MS = 10 * 60_000;
/** Best first, as citizens read a scale left to right. */
const RATINGS = [4, 3, 2, 1] as const;

/**
 * The rating pad of a counter (đánh giá mức độ hài lòng): four big faces, then thanks, then back.
 * A rating is a press like any other: kept on the pad and sent when it can be. It names the
 * counter's last visit when that ended in the last ten minutes and the pad has not rated it yet.
 */
export class PulseRatingPad extends LitElement {
  static override styles = [terminalStyles, ratingStyles];

  @state() private thanking = false;

  private readonly terminal = new TerminalController(this, {
    kind: 'rating',
    api: new TerminalApi(),
  });
  private lastRatedTicket: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    const gate = terminalGate(this.terminal, 'đánh giá');
    if (gate) return gate;
    const config = this.terminal.config!;
    const counter = config.counters.find((c) => c.id === config.device.counter);
    return html`<header>
        <h1>${counter?.name ?? config.device.counter} · ${config.site.name}</h1>
      </header>
      ${
        this.thanking
          ? html`<p class="thanks" role="status" data-testid="rating-thanks">${m.ratingThanks}</p>`
          : html`<p class="question">${m.ratingQuestion}</p>
              <div class="faces">
                ${RATINGS.map(
                  (rating) =>
                    html`<button data-testid="rating-${rating}" @click=${() => this.rate(rating)}>
                      ${face(rating)}<span>${m.ratings[rating]}</span>
                    </button>`,
                )}
              </div>`
      }
      ${sendStatus(this.terminal)}`;
  }

  private rate(rating: 1 | 2 | 3 | 4): void {
    if (this.thanking) return;
    const last = this.terminal.state?.lastEnded;
    const ticket =
      last &&
      last.ticket !== this.lastRatedTicket &&
      this.terminal.now() - last.endedMs <= VISIT_RECENT_MS
        ? last.ticket
        : undefined;
    this.lastRatedTicket = ticket ?? this.lastRatedTicket;
    this.terminal.press({
      type: 'rating.submitted',
      rating,
      counter: this.terminal.config!.device.counter!,
      ...(ticket ? { ticket } : {}),
    });
    this.thanking = true;
    this.timer = setTimeout(() => (this.thanking = false), THANKS_SHOWN_MS);
  }
}
