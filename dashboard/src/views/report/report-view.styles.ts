import { css } from 'lit';

/**
 * Styles of `pulse-report-view`.
 *
 * CSS custom properties:
 * - `--pulse-card-background`: the note (default white).
 * - `--pulse-muted-colour`: its text (default `#4b5563`, 7:1 on white).
 */
export const reportViewStyles = css`
  :host {
    display: block;
  }
  section {
    display: flex;
    gap: 1.25rem;
    align-items: flex-start;
    max-width: 48rem;
    background: var(--pulse-card-background, #fff);
    border: 1px dashed #9ca3af;
    border-radius: 8px;
    padding: 1.5rem;
  }
  .icon {
    flex: none;
    width: 2.5rem;
    height: 2.5rem;
    fill: none;
    stroke: var(--pulse-muted-colour, #4b5563);
    stroke-width: 1.8;
    stroke-linejoin: round;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
  }
  p {
    margin: 0;
    color: var(--pulse-muted-colour, #4b5563);
  }
`;
