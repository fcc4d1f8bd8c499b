import { html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import type { IssuedTicket, TerminalField } from '../../../../contracts/terminal.js';
import { formattersFor } from '../../i18n/format.js';
import { TerminalApi } from '../api/terminal-api.js';
import { terminalMessages as m } from '../messages.js';
import { newPressId } from '../press-id.js';
import { sendStatus } from '../send-status.js';
import { terminalGate } from '../terminal-gate.js';
import { TerminalController } from '../terminal-controller.js';
import { terminalStyles } from '../terminal.styles.js';
import { kioskStyles } from './kiosk-page.styles.js';

/** How long the kiosk keeps asking for a number while the collector does not answer (ms). */
const ISSUE_PATIENCE_MS = 120_000;
/** Between two attempts at the same number (ms). */
const ISSUE_RETRY_MS = 2000;
/** The ticket stays on screen this long, then the kiosk is ready for the next citizen (ms). */
const TICKET_SHOWN_MS = 30_000;

type KioskView =
  | { kind: 'choose' }
  | { kind: 'issuing'; field: TerminalField; offline: boolean }
  | { kind: 'failed' }
  | { kind: 'ticket'; ticket: IssuedTicket };

/**
 * The ticket kiosk (lấy số): a citizen picks a field and gets the next number of that field,
 * allocated by the collector so that two kiosks never hand out the same one. While the collector
 * does not answer, the kiosk says so and keeps asking with the same press id for two minutes: a
 * resend after a lost answer gets the same number back, never a second one. `?print=auto` prints
 * each ticket at once (a kiosk with a receipt printer).
 */
export class PulseKioskPage extends LitElement {
  static override styles = [terminalStyles, kioskStyles];

  @state() private view: KioskView = { kind: 'choose' };

  private readonly api = new TerminalApi();
  private readonly terminal = new TerminalController(this, { kind: 'kiosk', api: this.api });
  private readonly format = formattersFor('vi');
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    const gate = terminalGate(this.terminal, m.kioskTitle);
    if (gate) return gate;
    const config = this.terminal.config!;
    return html`<header>
        <h1>${config.site.name} · ${m.kioskTitle}</h1>
      </header>
      ${this.renderView()} ${sendStatus(this.terminal)}`;
  }

  private renderView() {
    const view = this.view;
    switch (view.kind) {
      case 'choose':
        return html`<p class="message">${m.kioskChoose}</p>
          <div class="fields">
            ${this.terminal.config!.fields.map(
              (field) =>
                html`<button
                  class="primary"
                  data-testid="kiosk-field-${field.id}"
                  @click=${() => void this.issue(field)}
                >
                  <span class="prefix" aria-hidden="true">${field.prefix}</span>${field.name}
                </button>`,
            )}
          </div>`;
      case 'issuing':
        return html`<p class="message" role="status" data-testid="kiosk-issuing">
          ${view.offline ? m.kioskOffline : m.kioskIssuing}
        </p>`;
      case 'failed':
        return html`<p class="message" role="alert" data-testid="kiosk-failed">${m.kioskGiveUp}</p>
          <div class="actions">
            <button @click=${this.reset}>${m.kioskCancel}</button>
          </div>`;
      case 'ticket':
        return this.renderTicket(view.ticket);
    }
  }

  private renderTicket(ticket: IssuedTicket) {
    return html`<article class="ticket" data-testid="kiosk-ticket" data-value=${ticket.ticket}>
        <div class="centre">${this.terminal.config!.site.name}</div>
        <div>${m.ticketHeading}</div>
        <div class="number" data-testid="kiosk-ticket-number">${ticket.ticket}</div>
        <div class="field">${ticket.fieldName}</div>
        <div>${this.format.dateTime(ticket.issuedMs)}</div>
        <div>${m.ticketAhead(ticket.waitingAhead)}</div>
        <div class="wait">${m.ticketPleaseWait}</div>
      </article>
      <div class="actions">
        <button @click=${() => window.print()}>${m.ticketPrint}</button>
        <button class="primary" data-testid="kiosk-done" @click=${this.reset}>
          ${m.ticketDone}
        </button>
      </div> `;
  }

  private async issue(field: TerminalField): Promise<void> {
    if (this.view.kind !== 'choose') return;
    const pressId = newPressId();
    const giveUpAt = Date.now() + ISSUE_PATIENCE_MS;
    this.view = { kind: 'issuing', field, offline: false };
    for (;;) {
      const result = await this.api.issueTicket(pressId, field.id);
      if (result.ok) {
        this.show(result.value);
        return;
      }
      if (result.problem === 'signed-out') {
        this.view = { kind: 'choose' };
        await this.terminal.refresh();
        return;
      }
      if (result.problem === 'failed' || Date.now() > giveUpAt) {
        console.warn(`no ticket issued: ${result.detail}`);
        this.view = { kind: 'failed' };
        this.timer = setTimeout(this.reset, TICKET_SHOWN_MS);
        return;
      }
      this.view = { kind: 'issuing', field, offline: true };
      await new Promise((resolve) => (this.timer = setTimeout(resolve, ISSUE_RETRY_MS)));
    }
  }

  private show(ticket: IssuedTicket): void {
    this.view = { kind: 'ticket', ticket };
    this.timer = setTimeout(this.reset, TICKET_SHOWN_MS);
    if (new URLSearchParams(location.search).get('print') === 'auto') {
      // After the ticket is drawn, so that the printout holds it.
      void this.updateComplete.then(() => window.print());
    }
  }

  private readonly reset = (): void => {
    clearTimeout(this.timer);
    this.view = { kind: 'choose' };
  };
}
