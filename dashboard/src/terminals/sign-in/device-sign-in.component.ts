import { css, html, LitElement } from 'lit';
import { property, query } from 'lit/decorators.js';
import { terminalMessages as m } from '../messages.js';
import { terminalStyles } from '../terminal.styles.js';

/** Event of {@link PulseDeviceSignIn}: the device code as typed. */
export type PulseDeviceSignInEvent = CustomEvent<{ code: string }>;

/**
 * Asks for the device code, once per device: the page trades it for an HttpOnly cookie and the
 * code is never kept by a script.
 *
 * @event pulse-device-sign-in - The code was submitted; `detail.code` holds it as typed.
 */
export class PulseDeviceSignIn extends LitElement {
  static override styles = [
    terminalStyles,
    css`
      form {
        display: grid;
        gap: 12px;
        max-width: 520px;
      }
      input {
        min-height: 64px;
        font: inherit;
        font-size: 1.4rem;
        letter-spacing: 0.1em;
        padding: 0 12px;
        border: 2px solid #1b1f24;
        border-radius: 12px;
        text-transform: uppercase;
      }
      .problem {
        min-height: 1.5em;
        color: #8a1c00;
        font-weight: 600;
      }
    `,
  ];

  /** Why the last code did not work, in words; empty when there is nothing to say. */
  @property() problem = '';
  /** Page-specific note shown above the form (a device of the wrong kind). */
  @property() note = '';

  @query('input') private input!: HTMLInputElement;

  override render() {
    return html`<section data-testid="device-sign-in">
      <h1>${m.signInTitle}</h1>
      ${this.note ? html`<p class="problem" data-testid="device-note">${this.note}</p>` : ''}
      <p id="hint">${m.signInHint}</p>
      <form @submit=${this.submit}>
        <label for="code">${m.signInLabel}</label>
        <input
          id="code"
          name="code"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          required
          aria-describedby="hint problem"
          data-testid="device-code"
        />
        <button class="primary" type="submit" data-testid="device-sign-in-submit">
          ${m.signInSubmit}
        </button>
        <p id="problem" class="problem" role="alert" data-testid="device-sign-in-problem">
          ${this.problem}
        </p>
      </form>
    </section>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const code = this.input.value;
    if (code.trim() === '') return;
    const signIn: PulseDeviceSignInEvent = new CustomEvent('pulse-device-sign-in', {
      detail: { code },
      bubbles: true,
      composed: true,
    });
    this.dispatchEvent(signIn);
    this.input.value = '';
  }
}
