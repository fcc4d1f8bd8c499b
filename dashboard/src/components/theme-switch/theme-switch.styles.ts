import { css } from 'lit';

/**
 * Styles of `pulse-theme-switch`.
 *
 * CSS custom properties:
 * - `--pulse-accent`: text and border (default `#0072b2`).
 * - `--pulse-card-background`: button background (default white).
 */
export const themeSwitchStyles = css`
  :host {
    display: inline-block;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font: inherit;
    font-size: 0.875rem;
    padding: 0.35rem 0.8rem;
    border-radius: 999px;
    border: 1px solid var(--pulse-accent, #0072b2);
    color: var(--pulse-accent, #0072b2);
    background: var(--pulse-card-background, #fff);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--pulse-accent, #0072b2);
    outline-offset: 2px;
  }
  /* A moon for dark, a sun for light: the icon says which theme the button gives. */
  .icon {
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
  }
  .icon.dark {
    box-shadow: inset -0.25rem -0.1rem 0 0 currentColor;
  }
  .icon.light {
    background: currentColor;
    outline: 2px dotted currentColor;
    outline-offset: 2px;
    width: 0.55rem;
    height: 0.55rem;
  }
`;
