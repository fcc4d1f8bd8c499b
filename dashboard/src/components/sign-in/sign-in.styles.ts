import { css } from 'lit';

/**
 * Styles of `pulse-sign-in`.
 *
 * CSS custom properties:
 * - `--pulse-accent`: the button and the focus ring (default Okabe–Ito blue `#0072b2`).
 * - `--pulse-accent-contrast`: the button's text (default white).
 * - `--pulse-rule-colour`: the panel's border (default `#e5e7eb`).
 * - `--pulse-muted-colour`: the field's border, 3:1 or more (default `#6b7280`).
 * - `--pulse-card-background`: the panel (default white).
 * - `--pulse-muted-colour`: the hint (default `#4b5563`, 7:1 on white).
 * - `--pulse-sign-in-problem-colour`: "Wrong code" and other problems (default `#a33a00`,
 *   vermilion darkened to 6.6:1 on white).
 */
export const signInStyles = css`
  :host {
    display: block;
  }
  section {
    max-width: 28rem;
    margin: 3rem auto;
    padding: 1.5rem 1.75rem;
    background: var(--pulse-card-background, #fff);
    border: 1px solid var(--pulse-rule-colour, #e5e7eb);
    border-radius: 8px;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  #sign-in-hint {
    margin: 0 0 1.25rem;
    color: var(--pulse-muted-colour, #4b5563);
  }
  label {
    display: block;
    margin-bottom: 0.35rem;
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    font: inherit;
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--pulse-muted-colour, #6b7280);
    border-radius: 4px;
  }
  input[aria-invalid='true'] {
    border-color: var(--pulse-sign-in-problem-colour, #a33a00);
  }
  button {
    font: inherit;
    padding: 0.45rem 1rem;
    border: 1px solid var(--pulse-accent, #0072b2);
    border-radius: 4px;
    background: var(--pulse-accent, #0072b2);
    color: var(--pulse-accent-contrast, #fff);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  input:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--pulse-accent, #0072b2);
    outline-offset: 2px;
  }
  .problem {
    min-height: 1.4em;
    margin: 0.5rem 0 0;
    color: var(--pulse-sign-in-problem-colour, #a33a00);
    font-weight: 600;
  }
`;
