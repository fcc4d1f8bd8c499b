import { html, nothing, type TemplateResult } from 'lit';
import { terminalMessages as m } from './messages.js';
import type { TerminalController } from './terminal-controller.js';

/**
 * The line every terminal shows when something is not right: no connection, presses waiting to
 * be sent ("Đang chờ gửi N thao tác"), presses refused. Empty (and hidden) when all is well.
 */
export function sendStatus(terminal: TerminalController): TemplateResult {
  const pending = terminal.pendingCount;
  const rejected = terminal.rejectedCount;
  return html`<div class="status" role="status" data-testid="send-status">
    ${
      terminal.online
        ? nothing
        : html`<span class="offline" data-testid="offline">⚠ ${m.offline}</span>`
    }${
      pending > 0
        ? html`<span class="pending" data-testid="pending" data-value=${pending}
            >↻ ${m.pending(pending)}</span
          >`
        : nothing
    }${
      rejected > 0
        ? html`<span class="rejected" data-testid="rejected" data-value=${rejected}
            >✖ ${m.rejected(rejected)}</span
          >`
        : nothing
    }
  </div>`;
}
