import { css } from 'lit';

/**
 * Styles of `pulse-connectivity-view`: the range picker and the latency charts across the top,
 * target states and the outages below, the traffic at the bottom.
 *
 * CSS custom properties:
 * - `--pulse-card-background`: sections (default white).
 * - `--pulse-rule-colour`: section borders (default `#e5e7eb`).
 * - `--pulse-text-colour`, `--pulse-muted-colour`: text.
 * - `--pulse-loss-low`, `--pulse-loss-medium`, `--pulse-loss-high`, `--pulse-loss-down`,
 *   `--pulse-band-colour`: the legend's keys, as the canvas draws them (`charts/palette.ts`).
 * - `--pulse-spread-height`: height of a latency chart's drawing (default `120px`, as the chart's
 *   own), kept by its box until the chart is built.
 */
export const connectivityViewStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(20rem, 1fr) minmax(0, 2fr);
    gap: 1rem;
  }
  section {
    background: var(--pulse-card-background, #fff);
    border: 1px solid var(--pulse-rule-colour, #e5e7eb);
    border-radius: 8px;
    padding: 1rem 1.25rem;
    min-width: 0;
  }
  .wide {
    grid-column: 1 / -1;
  }
  /* The sections under the latency charts: laid out and painted only once near the screen (their
     live figures change every round). */
  .below {
    content-visibility: auto;
    contain-intrinsic-size: auto 480px;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  pulse-spread-chart,
  .chart-pending {
    margin-top: 0.6rem;
    /* Twenty charts reach far below the screen: the browser lays out and paints only those near
       it, and a chart off screen has no size to draw for until it comes near. */
    content-visibility: auto;
    contain-intrinsic-size: auto 145px;
  }
  /* A latency chart not built yet: its name and a box of the chart's size, so nothing below moves
     when the chart takes its place a frame or two later. */
  .chart-pending {
    display: block;
  }
  .chart-pending .name {
    font-weight: 700;
  }
  .chart-pending .drawing {
    margin-top: 0.15rem;
    height: var(--pulse-spread-height, 120px);
  }
  pulse-outage-timeline {
    margin-bottom: 0.75rem;
  }
  pulse-throughput-chart + pulse-throughput-chart {
    margin-top: 0.75rem;
  }
  .muted {
    color: var(--pulse-muted-colour, #4b5563);
  }
  .problem {
    color: var(--pulse-status-down-text, #b34700);
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0 0 0.25rem;
    padding: 0;
    list-style: none;
    font-size: 0.85rem;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .key {
    display: inline-block;
    width: 1.4rem;
    height: 0.8rem;
  }
  .key.median {
    height: 0;
    border-top: 2px solid var(--pulse-text-colour, #1b1f24);
  }
  .key.band {
    background: var(--pulse-band-colour, rgb(0 114 178 / 30%));
  }
  .key.loss {
    display: inline-flex;
    align-items: flex-end;
    gap: 2px;
  }
  .key.loss i {
    width: 0.4rem;
  }
  .key.loss .low {
    height: 40%;
    background: var(--pulse-loss-low, #a66f00);
  }
  .key.loss .medium {
    height: 70%;
    background: var(--pulse-loss-medium, #d55e00);
  }
  .key.loss .high {
    height: 100%;
    background: var(--pulse-loss-high, #7a1f5c);
  }
  .key.down {
    background: repeating-linear-gradient(
      -45deg,
      var(--pulse-loss-down, #c00000) 0 2px,
      transparent 2px 6px
    );
    outline: 1px solid var(--pulse-loss-down, #c00000);
  }
  @media (max-width: 52rem) {
    :host {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
