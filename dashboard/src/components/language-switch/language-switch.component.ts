import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { PulseLanguageChangeEvent } from '../../events/pulse-language-change.js';
import { messagesFor, otherLanguage, type Language } from '../../i18n/language.js';
import { languageSwitchStyles } from './language-switch.styles.js';

/**
 * A button that switches the dashboard between Vietnamese and English. It only asks: the container
 * owns the choice and persists it.
 *
 * @event pulse-language-change - The user picked the other language; `detail.language` names it.
 */
export class PulseLanguageSwitch extends LitElement {
  static override styles = languageSwitchStyles;

  /** The language shown now; the button offers the other one. */
  @property() language: Language = 'vi';

  override render() {
    const messages = messagesFor(this.language);
    const next = otherLanguage(this.language);
    // Named by its visible words (WCAG 2.5.3, label in name), in the language they are in; the
    // sentence in the page's language describes it.
    return html`<button
      type="button"
      data-testid="language-switch"
      title=${messages.switchLanguageLabel}
      @click=${() => this.pick(next)}
    >
      <span lang=${next}>${messages.switchLanguage}</span>
    </button>`;
  }

  private pick(language: Language): void {
    const event: PulseLanguageChangeEvent = new CustomEvent('pulse-language-change', {
      detail: { language },
      bubbles: true,
      composed: true,
    });
    this.dispatchEvent(event);
  }
}
