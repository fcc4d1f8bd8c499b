import { html, type TemplateResult } from 'lit';
import { terminalMessages as m } from './messages.js';
import './sign-in/device-sign-in.js';
import type { TerminalController } from './terminal-controller.js';

/**
 * What a terminal page shows until it is ready: "Đang tải…", the device sign-in, or the sign-in
 * with a note when this device is of another kind. Undefined once the page may draw itself.
 */
export function terminalGate(
  terminal: TerminalController,
  pageName: string,
): TemplateResult | undefined {
  if (terminal.phase === 'ready') return undefined;
  if (terminal.phase === 'loading')
    return html`<p data-testid="terminal-loading">
      ${terminal.online ? m.loading : m.signInUnreachable}
    </p>`;
  const problem =
    terminal.signInProblem === 'wrong-code'
      ? m.signInWrong
      : terminal.signInProblem === 'unreachable'
        ? m.signInUnreachable
        : '';
  const note =
    terminal.phase === 'wrong-kind' && terminal.config
      ? m.wrongKind(terminal.config.device.kind, pageName)
      : '';
  return html`<pulse-device-sign-in
    .problem=${problem}
    .note=${note}
    @pulse-device-sign-in=${(event: CustomEvent<{ code: string }>) => void terminal.signIn(event.detail.code)}
  ></pulse-device-sign-in>`;
}
