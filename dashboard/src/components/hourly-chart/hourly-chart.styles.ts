import { css } from 'lit';

/**
 * Styles of `pulse-hourly-chart`.
 *
 * CSS custom properties:
 * - `--pulse-hourly-height`: height of the drawing, or its least height when the element is
 *   given more, which the drawing then fills (default `11rem`).
 * - `--pulse-hourly-bar`: today's bars (default Okabe–Ito sky blue darkened to `#3a8fc4`).
 * - `--pulse-hourly-baseline`: the normal day's step line (default near-black `#1b1f24`).
 * - `--pulse-chart-axis-colour`: axis labels (default `#4b5563`, 7:1 on white).
 * - `--pulse-chart-grid-colour`: grid lines (default `#e5e7eb`).
 * - `--pulse-hourly-hint-display`: the legend's explanation of a normal day (default `inline`;
 *   `none` on a wall screen).
 */
export const hourlyChartStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    min-width: 0;
  }
  /* Title and summary on their own lines, so two charts side by side keep their plots level. */
  .head {
    display: grid;
    gap: 0.1rem;
  }
  h3 {
    margin: 0;
    font-size: 0.95rem;
  }
  .summary {
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  .drawing {
    position: relative;
    flex: 1 1 auto;
    min-height: var(--pulse-hourly-height, 11rem);
  }
  svg {
    position: absolute;
    inset: 0;
    overflow: visible;
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  .axis text {
    fill: var(--pulse-chart-axis-colour, #4b5563);
  }
  .grid line {
    stroke: var(--pulse-chart-grid-colour, #e5e7eb);
  }
  .axis-line {
    stroke: var(--pulse-chart-axis-colour, #4b5563);
  }
  .bars rect {
    fill: var(--pulse-hourly-bar, #3a8fc4);
  }
  /* The running hour is not over: lighter, with an outline, so it does not read as a slump. */
  .bars rect.current {
    fill: var(--pulse-hourly-current, #b9d9ee);
    stroke: var(--pulse-hourly-bar, #3a8fc4);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .baseline-step {
    fill: none;
    stroke: var(--pulse-hourly-baseline, #1b1f24);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    font-size: 0.8rem;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .legend > span {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend .hint {
    display: var(--pulse-hourly-hint-display, inline);
  }
  .swatch {
    display: inline-block;
    width: 0.9rem;
  }
  .swatch.bar {
    height: 0.7rem;
    background: var(--pulse-hourly-bar, #3a8fc4);
  }
  .swatch.line {
    height: 0;
    border-top: 2.5px solid var(--pulse-hourly-baseline, #1b1f24);
  }
`;
