import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { PulseThemeChangeEvent } from '../../events/pulse-theme-change.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import type { Theme } from '../../theme/theme.js';
import { themeSwitchStyles } from './theme-switch.styles.js';

/**
 * A button that switches between the light and the dark theme, named by the theme it gives. It
 * only asks: the container owns the choice and persists it.
 *
 * @event pulse-theme-change - The user picked the other theme; `detail.theme` names it.
 */
export class PulseThemeSwitch extends LitElement {
  static override styles = themeSwitchStyles;

  /** The theme shown now; the button offers the other one. */
  @property() theme: Theme = 'light';
  /** Language of the label. */
  @property() language: Language = 'vi';

  override render() {
    const messages = messagesFor(this.language);
    const next: Theme = this.theme === 'dark' ? 'light' : 'dark';
    return html`<button
      type="button"
      data-testid="theme-switch"
      data-theme=${this.theme}
      aria-pressed=${this.theme === 'dark' ? 'true' : 'false'}
      @click=${() => this.pick(next)}
    >
      <span class="icon ${next}" aria-hidden="true"></span>${
        next === 'dark' ? messages.themeToDark : messages.themeToLight
      }
    </button>`;
  }

  private pick(theme: Theme): void {
    const event: PulseThemeChangeEvent = new CustomEvent('pulse-theme-change', {
      detail: { theme },
      bubbles: true,
      composed: true,
    });
    this.dispatchEvent(event);
  }
}
