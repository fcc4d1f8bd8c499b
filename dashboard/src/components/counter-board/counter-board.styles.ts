import { css } from 'lit';
import { visuallyHidden } from '../visually-hidden.styles.js';

/**
 * Styles of `pulse-counter-board`. Each state has its own Okabe–Ito colour on the card's left
 * edge and its icon, darkened where it is text so that it keeps 4.5:1 on white.
 *
 * CSS custom properties:
 * - `--pulse-counter-serving`: serving (default blue `#0072b2`, 5.1:1).
 * - `--pulse-counter-idle`: ready, waiting for a citizen (default bluish green darkened to
 *   `#00785a`, 5.2:1).
 * - `--pulse-counter-paused`: on a break (default orange darkened to `#8f5a00`, 5.6:1).
 * - `--pulse-counter-closed`: closed (default grey `#4b5563`, 7:1).
 * - `--pulse-counter-columns`: cards per row (default: as many of 13rem as fit).
 *
 * On a wall screen (`tv`) sizes are in `em` of the element's font size, which the view lowers a
 * little for a centre with many counters.
 */
export const counterBoardStyles = css`
  :host {
    display: block;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: var(--pulse-counter-columns, repeat(auto-fill, minmax(13rem, 1fr)));
    gap: 0.75rem;
  }
  .card {
    --state-colour: var(--pulse-counter-idle, #00785a);
    border: 1px solid var(--pulse-rule-colour, #e5e7eb);
    border-left: 0.4rem solid var(--state-colour);
    border-radius: 6px;
    padding: 0.6rem 0.8rem;
    display: grid;
    gap: 0.3rem;
  }
  .card.serving {
    --state-colour: var(--pulse-counter-serving, #0072b2);
  }
  .card.paused {
    --state-colour: var(--pulse-counter-paused, #8f5a00);
  }
  .card.closed {
    --state-colour: var(--pulse-counter-closed, #4b5563);
    background: var(--pulse-closed-background, #f4f6f8);
  }
  .head {
    display: grid;
    gap: 0.15rem;
  }
  .name {
    font-weight: 700;
    font-size: 1.1rem;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    color: var(--state-colour);
    font-weight: 700;
    font-size: 0.95rem;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
  }
  .icon .fill {
    fill: currentColor;
  }
  .icon .stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .elapsed {
    font-variant-numeric: tabular-nums;
    color: var(--pulse-text-colour, #1b1f24);
    font-weight: 600;
  }
  .ticket {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .ticket .label {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.85rem;
  }
  .ticket .value {
    font-size: 1.9rem;
    font-weight: 800;
    letter-spacing: 0.03em;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  .card:not(.serving) .ticket .value {
    color: var(--pulse-muted-colour, #4b5563);
    font-weight: 400;
  }
  .served {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.9rem;
  }
  .served strong {
    color: var(--pulse-text-colour, #1b1f24);
    font-variant-numeric: tabular-nums;
  }
  .empty {
    color: var(--pulse-muted-colour, #4b5563);
  }
  /* The wall screen: the name and the ticket on one line, the state and the day's count under
     them; the word "ticket" stays for screen readers only, the large number says it. */
  :host([tv]) ul {
    gap: 0.5em;
  }
  :host([tv]) .card {
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'name ticket'
      'state state'
      'served served';
    align-items: baseline;
    gap: 0.1em 0.5em;
    padding: 0.3em 0.6em;
    border-left-width: 0.35em;
  }
  :host([tv]) .head {
    display: contents;
  }
  :host([tv]) .name {
    grid-area: name;
    font-size: 1.05em;
  }
  :host([tv]) .state {
    grid-area: state;
    flex-wrap: wrap;
    column-gap: 0.35em;
    row-gap: 0;
    font-size: 0.85em;
  }
  :host([tv]) .ticket {
    grid-area: ticket;
  }
  :host([tv]) .ticket .label {
    ${visuallyHidden}
  }
  :host([tv]) .ticket .value {
    font-size: 1.7em;
  }
  :host([tv]) .served {
    grid-area: served;
    font-size: 0.85em;
  }
`;
