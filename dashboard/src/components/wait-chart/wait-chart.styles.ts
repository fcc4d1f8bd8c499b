import { css } from 'lit';

/**
 * Styles of `pulse-wait-chart`.
 *
 * CSS custom properties:
 * - `--pulse-chart-grid-colour`, `--pulse-chart-axis-colour`: grid and axis lines (default
 *   `#e5e7eb` and `#6b7280`).
 * - `--report-p50-colour` / `--report-p90-colour`: the two bars (default Okabe–Ito blue `#0072B2`
 *   and sky blue `#56B4E9`).
 * - `--report-target-colour`: the target line (default vermilion `#D55E00`).
 * - `--pulse-text-colour`, `--pulse-muted-colour`: labels.
 */
export const waitChartStyles = css`
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
  .key {
    display: inline-block;
    width: 14px;
    height: 14px;
    border-radius: 2px;
  }
  .key.p50 {
    background: var(--report-p50-colour, #0072b2);
  }
  .key.p90 {
    background: var(--report-p90-colour, #56b4e9);
  }
  .key.target {
    height: 0;
    border-radius: 0;
    border-top: 3px dashed var(--report-target-colour, #d55e00);
  }
  svg {
    display: block;
    overflow: visible;
  }
  rect.p50 {
    fill: var(--report-p50-colour, #0072b2);
  }
  rect.p90 {
    fill: var(--report-p90-colour, #56b4e9);
  }
  .grid {
    stroke: var(--pulse-chart-grid-colour, #e5e7eb);
  }
  .axis {
    stroke: var(--pulse-chart-axis-colour, #6b7280);
  }
  .target {
    stroke: var(--report-target-colour, #d55e00);
    stroke-width: 2.5;
    stroke-dasharray: 8 6;
  }
  .tick {
    font-size: 14px;
    fill: var(--pulse-muted-colour, #4b5563);
  }
  .value {
    font-size: 15px;
    font-weight: 600;
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
