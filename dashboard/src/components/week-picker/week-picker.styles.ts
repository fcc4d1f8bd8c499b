import { css } from 'lit';

/**
 * Styles of `pulse-week-picker`.
 *
 * CSS custom properties:
 * - `--pulse-accent`: borders and the focus ring (default `#0072b2`).
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
    background: #fff;
    color: var(--pulse-accent, #0072b2);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--pulse-accent, #0072b2);
    color: #fff;
  }
  button:disabled {
    border-color: #c4c9d0;
    color: #6b7280;
    cursor: default;
  }
  button:focus-visible {
    outline: 3px solid var(--pulse-accent, #0072b2);
    outline-offset: 2px;
  }
`;
