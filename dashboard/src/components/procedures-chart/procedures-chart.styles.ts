import { css } from 'lit';

/**
 * Styles of `pulse-procedures-chart`.
 *
 * CSS custom properties:
 * - `--pulse-chart-grid-colour`, `--pulse-chart-axis-colour`: grid and axis lines (default
 *   `#e5e7eb` and `#6b7280`).
 * - `--pulse-text-colour`: totals and day labels (default `#1b1f24`).
 * - `--pulse-muted-colour`: axis labels, closed days (default `#4b5563`).
 */
export const proceduresChartStyles = css`
  :host {
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 22px;
    margin: 0 0 10px;
    padding: 0;
    list-style: none;
    font-size: 16px;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    width: 14px;
    height: 14px;
  }
  svg {
    display: block;
    overflow: visible;
  }
  .grid {
    stroke: var(--pulse-chart-grid-colour, #e5e7eb);
  }
  .axis {
    stroke: var(--pulse-chart-axis-colour, #6b7280);
  }
  .tick {
    font-size: 14px;
    fill: var(--pulse-muted-colour, #4b5563);
  }
  .total {
    font-size: 20px;
    font-weight: 700;
    fill: var(--pulse-text-colour, #1b1f24);
  }
  .empty {
    font-size: 15px;
    fill: var(--pulse-muted-colour, #4b5563);
  }
  .day {
    font-size: 16px;
    fill: var(--pulse-text-colour, #1b1f24);
  }
  .day.off {
    fill: var(--pulse-muted-colour, #4b5563);
  }
`;
