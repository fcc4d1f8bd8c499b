import { css } from 'lit';

/**
 * Styles of `pulse-throughput-chart`.
 *
 * CSS custom properties:
 * - `--pulse-throughput-height`: height of the drawing (default `140px`).
 * - `--pulse-throughput-rx` / `--pulse-throughput-tx`: the two lines (default Okabe–Ito blue
 *   `#0072b2` and vermilion `#d55e00`; sent is also dashed).
 * - `--pulse-chart-axis-colour`, `--pulse-chart-grid-colour`: labels and grid.
 */
export const throughputChartStyles = css`
  :host {
    display: block;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1.25rem;
    align-items: baseline;
    font-size: 0.9rem;
  }
  .name {
    font-weight: 700;
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .key b {
    color: var(--pulse-text-colour, #1b1f24);
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    width: 1.4rem;
    height: 0;
    border-top: 3px solid var(--pulse-throughput-rx, #0072b2);
  }
  .tx .swatch {
    border-top: 3px dashed var(--pulse-throughput-tx, #d55e00);
  }
  .drawing {
    position: relative;
    height: var(--pulse-throughput-height, 140px);
  }
  svg {
    position: absolute;
    inset: 0;
    overflow: visible;
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  text {
    fill: var(--pulse-chart-axis-colour, #4b5563);
  }
  .grid {
    stroke: var(--pulse-chart-grid-colour, #e5e7eb);
  }
  .baseline {
    stroke: var(--pulse-chart-axis-colour, #4b5563);
  }
  .line {
    fill: none;
    stroke-width: 2px;
    stroke-linejoin: round;
  }
  .rx {
    stroke: var(--pulse-throughput-rx, #0072b2);
  }
  .tx {
    stroke: var(--pulse-throughput-tx, #d55e00);
    stroke-dasharray: 6 3;
  }
`;
