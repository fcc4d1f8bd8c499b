import { css } from 'lit';

/**
 * Styles of `pulse-outage-timeline`.
 *
 * CSS custom properties:
 * - `--pulse-status-down`: outage bars (default vermilion `#d55e00`).
 * - `--pulse-chart-axis-colour`, `--pulse-chart-grid-colour`: labels and grid.
 * - `--pulse-row-stripe`: every other row (default `#f3f4f6`).
 * - `--pulse-card-background`, `--pulse-text-colour`, `--pulse-rule-colour`: the tooltip.
 */
export const outageTimelineStyles = css`
  :host {
    display: block;
    position: relative;
  }
  .sizer {
    height: 1px;
  }
  svg {
    display: block;
    overflow: visible;
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .row {
    fill: transparent;
  }
  .row.odd {
    fill: var(--pulse-row-stripe, #f3f4f6);
  }
  .name {
    fill: var(--pulse-text-colour, #1b1f24);
    font-weight: 600;
  }
  .tick {
    fill: var(--pulse-chart-axis-colour, #4b5563);
    font-size: 11px;
  }
  .grid {
    stroke: var(--pulse-chart-grid-colour, #e5e7eb);
  }
  .bar {
    fill: var(--pulse-status-down, #d55e00);
    stroke: var(--pulse-status-down, #d55e00);
    cursor: pointer;
  }
  /* Ongoing: a hollow bar, so it differs from an ended one without colour. */
  .bar.ongoing {
    fill: transparent;
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }
  .bar:focus-visible,
  .bar.active {
    outline: none;
    stroke: var(--pulse-text-colour, #1b1f24);
    stroke-width: 2;
  }
  .tip {
    position: absolute;
    z-index: 1;
    max-width: 320px;
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--pulse-rule-colour, #d1d5db);
    border-radius: 6px;
    background: var(--pulse-card-background, #fff);
    color: var(--pulse-text-colour, #1b1f24);
    box-shadow: 0 2px 8px rgb(0 0 0 / 20%);
    font-size: 0.85rem;
    pointer-events: none;
  }
`;
