import { css } from 'lit';

/**
 * Styles of `pulse-week-picker`.
 *
 * CSS custom properties:
 * - `--pulse-accent`: borders, the pressed button and the focus ring (default `#0072b2`).
 * - `--pulse-accent-contrast`: text on the accent (default white).
 * - `--pulse-card-background`: the buttons (default white).
 * - `--pulse-rule-colour`, `--pulse-muted-colour`: a button that cannot be used.
 */
export const weekPickerStyles = css`
  :host {
    display: inline-block;
  }
  div {
    display: inline-flex;
    gap: 0.5rem;
  }
  button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--pulse-accent, #0072b2);
    border-radius: 6px;
    background: var(--pulse-card-background, #fff);
    color: var(--pulse-accent, #0072b2);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--pulse-accent, #0072b2);
    color: var(--pulse-accent-contrast, #fff);
  }
  button:disabled {
    border-color: var(--pulse-rule-colour, #c4c9d0);
    color: var(--pulse-muted-colour, #6b7280);
    cursor: default;
  }
  button:focus-visible {
    outline: 3px solid var(--pulse-accent, #0072b2);
    outline-offset: 2px;
  }
`;
