import { css } from 'lit';

/**
 * Styles of `pulse-connectivity-view`: the latency chart across the top, target states and the
 * outage list below.
 *
 * CSS custom properties:
 * - `--pulse-card-background`: sections (default white).
 * - `--pulse-rule-colour`: section borders (default `#e5e7eb`).
 */
export const connectivityViewStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(18rem, 1fr) minmax(0, 2fr);
    gap: 1rem;
  }
  section {
    background: var(--pulse-card-background, #fff);
    border: 1px solid var(--pulse-rule-colour, #e5e7eb);
    border-radius: 8px;
    padding: 1rem 1.25rem;
    min-width: 0;
  }
  section.wide {
    grid-column: 1 / -1;
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1rem;
  }
  @media (max-width: 52rem) {
    :host {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
