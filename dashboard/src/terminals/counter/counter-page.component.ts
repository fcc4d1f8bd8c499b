import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { CounterEvent } from '../../../../contracts/event.js';
import { TerminalApi } from '../api/terminal-api.js';
import { terminalMessages as m } from '../messages.js';
import { newPressId } from '../press-id.js';
import { sendStatus } from '../send-status.js';
import { terminalGate } from '../terminal-gate.js';
import { TerminalController, type Press } from '../terminal-controller.js';
import { terminalStyles } from '../terminal.styles.js';
import { counterStyles } from './counter-page.styles.js';
import { counterViewOf } from './counter-view.js';

/**
 * How a service may end, as buttons. Not `SERVICE_OUTCOMES` from the contracts: that module
 * brings zod into a tablet's bundle (about 80 kB) for three words.
 */
const OUTCOMES = ['received', 'returned', 'guided'] as const satisfies readonly NonNullable<
  CounterEvent['outcome']
>[];

/** Own presses kept in memory to lay over a collector view older than them. */
const RECENT_PRESSES = 20;

/**
 * The official's page at a counter (quầy): open, call the next ticket, start, complete with an
 * outcome, no-show, pause, close. Every press is kept on the tablet and sent in order (see
 * `PressOutbox`), so a lost link loses nothing. "Gọi số tiếp theo" is the one press that needs the
 * collector at once: only it knows who waits, and a call carried out minutes later would call a
 * citizen to a counter busy with someone else. Offline the button is disabled and says why.
 */
export class PulseCounterPage extends LitElement {
  static override styles = [terminalStyles, counterStyles];

  @state() private note = '';
  @state() private calling = false;

  private readonly api = new TerminalApi();
  private readonly terminal = new TerminalController(this, { kind: 'counter', api: this.api });
  private recent: CounterEvent[] = [];

  override render() {
    const gate = terminalGate(this.terminal, 'quầy');
    if (gate) return gate;
    const { config, state: queue } = this.terminal;
    const counter = config!.counters.find((c) => c.id === config!.device.counter);
    const overlay = [
      ...this.terminal.pendingPresses,
      ...this.recent.filter((event) => queue === null || event.ts > queue.atMs),
    ];
    const view = counterViewOf(queue, overlay);
    const current = view.current;
    const open = view.counterState === 'idle' || view.counterState === 'serving';
    return html`<header>
        <h1>${counter?.name ?? config!.device.counter} · ${config!.site.name}</h1>
      </header>
      <div class="board">
        <section class="panel" aria-labelledby="current-label">
          <div class="label" id="current-label">${m.counterCurrent}</div>
          <div class="ticket" data-testid="counter-ticket" data-value=${current?.ticket ?? ''}>
            ${current?.ticket ?? '—'}
          </div>
          <div class="state" data-testid="counter-state" data-value=${view.counterState}>
            ${
              current
                ? current.phase === 'called'
                  ? m.phaseCalled
                  : m.phaseServing
                : m.counterStates[view.counterState]
            }
          </div>
        </section>
        <section class="panel" aria-labelledby="waiting-label">
          <div class="label" id="waiting-label">${m.counterWaiting}</div>
          <div class="waiting" data-testid="counter-waiting" data-value=${queue?.waiting ?? ''}>
            ${queue ? queue.waiting.toLocaleString('vi-VN') : '—'}
          </div>
        </section>
      </div>
      ${
        !open
          ? html`<div class="actions">
              <button
                class="primary"
                data-testid="counter-open"
                @click=${() => this.press({ type: 'counter.opened' })}
              >
                ${m.open}
              </button>
            </div>`
          : current === null
            ? this.renderFree()
            : this.renderVisit(current.ticket, current.phase)
      }
      <p class="note" role="status" data-testid="counter-note">${this.note}</p>
      ${sendStatus(this.terminal)}`;
  }

  private renderFree() {
    const online = this.terminal.online;
    return html`<div class="actions">
        <button
          class="primary"
          data-testid="counter-call-next"
          ?disabled=${!online || this.calling}
          @click=${() => void this.callNext()}
        >
          ${this.calling ? m.calling : m.callNext}
        </button>
      </div>
      ${online ? nothing : html`<p class="note">${m.callOffline}</p>`}
      <div class="actions">
        <button data-testid="counter-pause" @click=${() => this.press({ type: 'counter.paused' })}>
          ${m.pause}
        </button>
        <button data-testid="counter-close" @click=${() => this.press({ type: 'counter.closed' })}>
          ${m.close}
        </button>
      </div>`;
  }

  private renderVisit(ticket: string, phase: 'called' | 'serving') {
    return html`<div class="actions">
        ${
          phase === 'called'
            ? html`<button
                  class="primary"
                  data-testid="counter-start"
                  @click=${() => this.press({ type: 'service.started', ticket })}
                >
                  ${m.start}
                </button>
                <button
                  data-testid="counter-recall"
                  @click=${() => this.press({ type: 'ticket.called', ticket })}
                >
                  ${m.callRecall}
                </button>
                <button
                  class="warn"
                  data-testid="counter-no-show"
                  @click=${() => this.press({ type: 'ticket.no_show', ticket })}
                >
                  ${m.noShow}
                </button>`
            : nothing
        }
      </div>
      <h2>${m.completeHeading}</h2>
      <div class="actions outcomes">
        ${OUTCOMES.map(
          (outcome) =>
            html`<button
              data-testid="counter-complete-${outcome}"
              @click=${() => this.press({ type: 'service.completed', ticket, outcome })}
            >
              ${m.outcomes[outcome]}
            </button>`,
        )}
      </div>`;
  }

  /** A press of this counter: kept on the tablet, shown at once, sent when it can be. */
  private press(press: Omit<Press, 'counter'>): void {
    this.note = '';
    this.remember(
      this.terminal.press({ ...press, counter: this.terminal.config!.device.counter! }),
    );
  }

  private async callNext(): Promise<void> {
    this.calling = true;
    this.note = '';
    const result = await this.api.callNext(newPressId());
    this.calling = false;
    if (!result.ok) {
      this.note = result.problem === 'unreachable' ? m.callOffline : result.detail;
      await this.terminal.refresh();
      return;
    }
    const { ticket, calledMs } = result.value;
    if (ticket === null || calledMs === null) {
      this.note = m.noneWaiting;
      return;
    }
    // Recorded by the collector already; remembered so the view shows it before the next read.
    this.remember({
      id: `call-${calledMs}`,
      ts: calledMs,
      site: this.terminal.config!.site.id,
      type: 'ticket.called',
      ticket,
      counter: this.terminal.config!.device.counter!,
    });
    void this.terminal.refresh();
  }

  private remember(event: CounterEvent): void {
    this.recent = [...this.recent, event].slice(-RECENT_PRESSES);
    this.requestUpdate();
  }
}
