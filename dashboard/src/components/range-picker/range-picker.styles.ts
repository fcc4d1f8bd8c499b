import { css } from 'lit';

/**
 * Styles of `pulse-range-picker`.
 *
 * CSS custom properties:
 * - `--pulse-accent`: the chosen range and focus rings (default `#0072b2`).
 * - `--pulse-accent-contrast`: text on the accent (default white).
 * - `--pulse-card-background`, `--pulse-text-colour`, `--pulse-rule-colour`: buttons and fields.
 * - `--pulse-status-down-text`: the problem line (default `#b34700`, 5.3:1 on white).
 */
export const rangePickerStyles = css`
  :host {
    display: block;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  button {
    font: inherit;
    font-size: 0.9rem;
    padding: 0.35rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--pulse-rule-colour, #d1d5db);
    background: var(--pulse-card-background, #fff);
    color: var(--pulse-text-colour, #1b1f24);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--pulse-accent, #0072b2);
    border-color: var(--pulse-accent, #0072b2);
    color: var(--pulse-accent-contrast, #fff);
    font-weight: 700;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--pulse-accent, #0072b2);
    outline-offset: 2px;
  }
  .busy {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.85rem;
  }
  .custom {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
    margin-top: 0.6rem;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-size: 0.85rem;
    color: var(--pulse-muted-colour, #4b5563);
  }
  input {
    font: inherit;
    padding: 0.3rem 0.4rem;
    border: 1px solid var(--pulse-rule-colour, #d1d5db);
    border-radius: 6px;
    background: var(--pulse-card-background, #fff);
    color: var(--pulse-text-colour, #1b1f24);
  }
  .problem {
    color: var(--pulse-status-down-text, #b34700);
    font-weight: 600;
  }
`;
