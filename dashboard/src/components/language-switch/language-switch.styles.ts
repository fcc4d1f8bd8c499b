import { css } from 'lit';

/**
 * Styles of `pulse-language-switch`.
 *
 * CSS custom properties:
 * - `--pulse-switch-colour`: text and border colour (default `--pulse-accent`, blue).
 * - `--pulse-switch-background`: button background (default white).
 */
export const languageSwitchStyles = css`
  :host {
    display: inline-block;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    padding: 0.35rem 0.8rem;
    border-radius: 999px;
    border: 1px solid var(--pulse-switch-colour, var(--pulse-accent, #0072b2));
    color: var(--pulse-switch-colour, var(--pulse-accent, #0072b2));
    background: var(--pulse-switch-background, var(--pulse-card-background, #fff));
    cursor: pointer;
  }
  button:hover {
    background: var(--pulse-row-stripe, #eef5fa);
  }
  button:focus-visible {
    outline: 2px solid var(--pulse-switch-colour, var(--pulse-accent, #0072b2));
    outline-offset: 2px;
  }
`;
