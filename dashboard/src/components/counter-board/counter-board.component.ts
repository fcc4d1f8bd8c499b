import { LitElement, html, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CounterState, CounterStatus } from '../../../../contracts/queue.js';
import { formatElapsedClock } from '../../i18n/elapsed.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { counterCardsOf, type CounterCard } from './counter-cards.js';
import { counterBoardStyles } from './counter-board.styles.js';

/**
 * Every counter at a glance: its state in words and a shape (never colour alone), the ticket it
 * serves, how long it has been in that state (ticking with `nowMs`), and how many visits it
 * completed today. On a wall screen (`tv`) the cards are compact: the ticket beside the name.
 */
export class PulseCounterBoard extends LitElement {
  static override styles = counterBoardStyles;

  /** The counters, in the configured order. */
  @property({ attribute: false }) counters: readonly CounterStatus[] = [];
  /** Now on the collector's clock (epoch ms): elapsed times tick with it. */
  @property({ attribute: false }) nowMs = 0;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';
  /** Wall-screen form (TV mode): compact cards, more of them per row. */
  @property({ type: Boolean, reflect: true }) tv = false;

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const cards = counterCardsOf(this.counters, this.nowMs);
    if (cards.length === 0) return html`<p class="empty">${messages.countersEmpty}</p>`;
    return html`<ul>
      ${cards.map((card) => this.renderCard(card))}
    </ul>`;
  }

  private renderCard(card: CounterCard) {
    const messages = messagesFor(this.language);
    return html`<li
      class="card ${card.state}"
      data-testid="counter-${card.counter}"
      data-state=${card.state}
    >
      <div class="head">
        <span class="name">${card.name}</span>
        <span class="state">
          ${STATE_ICONS[card.state]}
          <span data-testid="counter-state-${card.counter}">${messages[card.stateLabel]}</span>
          ${
            card.elapsedMs === null
              ? ''
              : html`<span class="elapsed" data-testid="counter-elapsed-${card.counter}"
                  >${formatElapsedClock(card.elapsedMs)}</span
                >`
          }
        </span>
      </div>
      <div class="ticket">
        <span class="label">${messages.counterTicket}</span>
        <span class="value" data-testid="counter-ticket-${card.counter}"
          >${card.ticket ?? '—'}</span
        >
      </div>
      <div class="served">
        ${messages.counterServedToday}:
        <strong data-testid="counter-served-${card.counter}" data-value=${card.servedToday}
          >${this.formatters.count(card.servedToday)}</strong
        >
      </div>
    </li>`;
  }
}

// A shape per state, so the state reads without colour: a filled disc (serving), a ring (ready),
// two bars (pause) and a cross (closed).
const STATE_ICONS: Record<CounterState, ReturnType<typeof html>> = {
  serving: html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
    ${svg`<circle cx="8" cy="8" r="6.5" class="fill"></circle>`}
  </svg>`,
  idle: html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
    ${svg`<circle cx="8" cy="8" r="5.5" class="stroke"></circle>`}
  </svg>`,
  paused: html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
    ${svg`<rect x="3" y="2" width="3.5" height="12" rx="1" class="fill"></rect>
      <rect x="9.5" y="2" width="3.5" height="12" rx="1" class="fill"></rect>`}
  </svg>`,
  closed: html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
    ${svg`<path d="M3 3 L13 13 M13 3 L3 13" class="stroke"></path>`}
  </svg>`,
};
