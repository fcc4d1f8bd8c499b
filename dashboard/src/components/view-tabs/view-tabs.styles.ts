import { css } from 'lit';

/**
 * Styles of `pulse-view-tabs`.
 *
 * CSS custom properties:
 * - `--pulse-accent`: the selected tab's underline and the focus ring (default `#0072b2`).
 * - `--pulse-muted-colour`: labels of the other tabs (default `#4b5563`, 7:1 on white).
 */
export const viewTabsStyles = css`
  :host {
    display: block;
  }
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
  }
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.6rem 1rem 0.5rem;
    border: none;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--pulse-muted-colour, #4b5563);
    cursor: pointer;
  }
  button:hover {
    color: var(--pulse-text-colour, #1b1f24);
  }
  button[aria-selected='true'] {
    color: var(--pulse-text-colour, #1b1f24);
    border-bottom-color: var(--pulse-accent, #0072b2);
  }
  button:focus-visible {
    outline: 3px solid var(--pulse-accent, #0072b2);
    outline-offset: -3px;
    border-radius: 4px;
  }
`;
