import { css } from 'lit';

/**
 * Styles of `pulse-kpi-tiles`.
 *
 * CSS custom properties:
 * - `--pulse-kpi-columns`: tiles per row (default 2).
 * - `--pulse-muted-colour`: labels (default `#4b5563`, 7:1 on white).
 */
export const kpiTilesStyles = css`
  :host {
    display: block;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(var(--pulse-kpi-columns, 2), minmax(0, 1fr));
    gap: 0.9rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.85rem;
  }
  dd {
    margin: 0.1rem 0 0;
    font-size: 1.6rem;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  dd.none {
    font-size: 1.1rem;
    font-weight: 400;
    color: var(--pulse-muted-colour, #4b5563);
  }
`;
