import { css } from 'lit';

/**
 * Styles of `pulse-spread-chart`.
 *
 * CSS custom properties:
 * - `--pulse-spread-height`: height of the drawing (default `120px`).
 * - `--pulse-chart-axis-colour`: axis labels (default `#4b5563`, 7:1 on white).
 * - `--pulse-chart-grid-colour`: grid lines (default `#e5e7eb`).
 * - `--pulse-status-down`: the summary when the target went down (default `#b34700`).
 */
export const spreadChartStyles = css`
  :host {
    display: block;
  }
  .head {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: 0.2rem 0.75rem;
    margin-bottom: 0.15rem;
  }
  .name {
    font-weight: 700;
    line-height: 1.5rem;
  }
  .summary {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.85rem;
    min-width: 0;
  }
  /* A live round changes the words. They sit in a box of fixed size whose content cannot move
     anything else (size and layout containment, a layer of its own, not itself a grid item), so
     the browser lays out that box alone, not the page. One line (the whole sentence is the
     drawing's accessible name and the tooltip); two, under the name, when narrow. */
  .words {
    display: block;
    position: relative;
    height: 1.5rem;
    line-height: 1.5rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    contain: strict;
  }
  @media (max-width: 40rem) {
    .head {
      grid-template-columns: minmax(0, 1fr);
    }
    .words {
      height: 2.6rem;
      line-height: 1.3rem;
      white-space: normal;
    }
  }
  .summary.down {
    color: var(--pulse-status-down-text, #b34700);
    font-weight: 600;
  }
  .drawing {
    position: relative;
    height: var(--pulse-spread-height, 120px);
  }
  canvas,
  svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  svg {
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
  .baseline,
  .tick {
    stroke: var(--pulse-chart-axis-colour, #4b5563);
  }
`;
