import { css } from 'lit';

/**
 * Styles of `pulse-queue-tile`.
 *
 * CSS custom properties:
 * - `--pulse-queue-bar-colour`: bars of waiting per field (default Okabe–Ito blue `#0072b2`).
 * - `--pulse-demo-background`: background of the demo badge (default `#fff4d6`).
 * - `--pulse-demo-colour`: text and border of the demo badge (default `#7a4a00`, 7:1 on it).
 * - `--pulse-muted-colour`: secondary text (default `#4b5563`).
 */
export const queueTileStyles = css`
  :host {
    display: block;
  }
  .demo {
    display: inline-block;
    margin-bottom: 0.75rem;
    padding: 0.25rem 0.6rem;
    border-radius: 4px;
    border: 1px solid var(--pulse-demo-colour, #7a4a00);
    background: var(--pulse-demo-background, #fff4d6);
    color: var(--pulse-demo-colour, #7a4a00);
    font-weight: 700;
    font-size: 0.85rem;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: 0.75rem;
    margin: 0 0 1rem;
  }
  .total dt {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.8rem;
  }
  .total dd {
    margin: 0;
    font-size: 1.6rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .total.waiting dd {
    font-size: 2.4rem;
    line-height: 1.1;
  }
  h3 {
    margin: 0 0 0.4rem;
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--pulse-muted-colour, #4b5563);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr 2.5rem;
    gap: 0.5rem;
    align-items: center;
    padding: 0.2rem 0;
    font-size: 0.9rem;
  }
  .bar {
    height: 0.55rem;
    border-radius: 2px;
    background: var(--pulse-queue-bar-colour, #0072b2);
  }
  .count {
    text-align: right;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .as-of,
  .empty {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.8rem;
  }
`;
