import { css } from 'lit';

/**
 * Styles of `pulse-latency-chart`.
 *
 * CSS custom properties:
 * - `--pulse-chart-height`: height of the drawing (default `260px`).
 * - `--pulse-chart-axis-colour`: axis labels (default `#4b5563`, 7:1 on white).
 * - `--pulse-chart-grid-colour`: horizontal grid lines (default `#e5e7eb`).
 * - `--pulse-chart-line-width`: stroke width of the latency lines (default `2px`).
 */
export const latencyChartStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--pulse-chart-height, 260px);
  }
  svg {
    position: absolute;
    inset: 0;
    overflow: visible;
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .axis text {
    fill: var(--pulse-chart-axis-colour, #4b5563);
  }
  .grid line {
    stroke: var(--pulse-chart-grid-colour, #e5e7eb);
  }
  .baseline {
    stroke: var(--pulse-chart-axis-colour, #4b5563);
  }
  .line {
    fill: none;
    stroke-width: var(--pulse-chart-line-width, 2px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .down {
    opacity: 0.85;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--pulse-chart-axis-colour, #4b5563);
  }
`;
