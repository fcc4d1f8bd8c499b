import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { PulseSignInEvent } from '../../events/pulse-sign-in.js';
import type { Messages } from '../../i18n/catalogue-vi.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import type { SignInProblem } from '../../live/session-client.js';
import { signInStyles } from './sign-in.styles.js';

/**
 * The panel shown in place of the dashboard when the collector wants a viewer code. It only asks:
 * the container signs in and reports back through `busy` and `problem`. On success the container
 * removes the panel, and what was typed goes with it.
 *
 * @event pulse-sign-in - The viewer submitted a code; `detail.code` holds it as typed.
 */
export class PulseSignIn extends LitElement {
  static override styles = signInStyles;

  /** Language of the panel. */
  @property() language: Language = 'vi';
  /** True while a code is being checked: the button is disabled against a second submit. */
  @property({ type: Boolean }) busy = false;
  /** Why the last code did not work, shown next to the field; null when there is nothing to say. */
  @property({ attribute: false }) problem: SignInProblem | null = null;

  @query('input') private input!: HTMLInputElement;

  override render() {
    const messages = messagesFor(this.language);
    const wrongCode = this.problem === 'wrong-code';
    return html`<section data-testid="sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">${messages.signInTitle}</h2>
      <p id="sign-in-hint">${messages.signInHint}</p>
      <form @submit=${this.submit}>
        <label for="sign-in-code">${messages.signInCodeLabel}</label>
        <div class="field">
          <input
            id="sign-in-code"
            name="code"
            type="password"
            autocomplete="current-password"
            required
            data-testid="sign-in-code"
            aria-describedby="sign-in-hint sign-in-problem"
            aria-invalid=${wrongCode ? 'true' : 'false'}
          />
          <button type="submit" data-testid="sign-in-submit" ?disabled=${this.busy}>
            ${messages.signInSubmit}
          </button>
        </div>
        <!-- Always in the tree, so screen readers announce the text when it appears. -->
        <p id="sign-in-problem" class="problem" role="alert" data-testid="sign-in-problem">
          ${problemText(messages, this.problem)}
        </p>
      </form>
    </section>`;
  }

  override firstUpdated(): void {
    // The panel replaces the whole page: the code field is the only thing to do.
    this.input.focus();
  }

  override updated(changed: PropertyValues<this>): void {
    // Select the refused code so the next attempt replaces it rather than appending to it.
    if (changed.has('problem') && this.problem === 'wrong-code') this.input.select();
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const code = this.input.value;
    if (this.busy || code.trim() === '') return;
    const signIn: PulseSignInEvent = new CustomEvent('pulse-sign-in', {
      detail: { code },
      bubbles: true,
      composed: true,
    });
    this.dispatchEvent(signIn);
  }
}

function problemText(messages: Messages, problem: SignInProblem | null): string {
  switch (problem) {
    case 'wrong-code':
      return messages.signInWrongCode;
    // No answer at all is what the connection banner calls a lost connection.
    case 'unreachable':
      return messages.connectionLost;
    case 'failed':
      return messages.signInFailed;
    case null:
      return '';
  }
}
