import { css } from 'lit';
import { visuallyHidden } from '../visually-hidden.styles.js';

/**
 * Styles of `pulse-field-queue`.
 *
 * CSS custom properties:
 * - `--pulse-accent`: the number waiting in a field where someone waits (default `#0072b2`).
 * - `--pulse-demo-background` / `--pulse-demo-colour`: the demo badge (default `#fff4d6` with
 *   `#7a4a00` text, 7:1).
 * - `--pulse-muted-colour`: labels and details (default `#4b5563`, 7:1 on white).
 * - `--pulse-rule-colour`: lines between fields (default `#e5e7eb`).
 *
 * On a wall screen (`tv`) sizes are in `em` of the element's font size, which the view lowers a
 * little for a centre with many fields.
 */
export const fieldQueueStyles = css`
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
    margin: 0 0 0.75rem;
  }
  /* A label on two lines must not lift its figure above the others. */
  .total {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
  }
  .total dt {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.85rem;
  }
  .total dd {
    margin: 0;
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  .total.main dd {
    font-size: 2.5rem;
  }
  .fields {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'name waiting'
      'details waiting';
    column-gap: 1rem;
    align-items: center;
    padding: 0.55rem 0;
    border-top: 1px solid var(--pulse-rule-colour, #e5e7eb);
  }
  .name {
    grid-area: name;
    font-weight: 600;
  }
  .waiting {
    grid-area: waiting;
    display: flex;
    align-items: baseline;
    gap: 0.35rem;
    justify-content: flex-end;
  }
  .number {
    font-size: 2rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-width: 2ch;
    text-align: right;
  }
  .busy .number {
    color: var(--pulse-accent, #0072b2);
  }
  .quiet .number {
    color: var(--pulse-muted-colour, #4b5563);
  }
  .unit {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.85rem;
  }
  .detail {
    font-size: 0.9rem;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .details {
    grid-area: details;
  }
  .longest::after {
    content: ' · ';
    font-weight: 400;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .busy .longest {
    color: var(--pulse-text-colour, #1b1f24);
    font-weight: 600;
  }
  .as-of,
  .empty {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.8rem;
    margin: 0.5rem 0 0;
  }
  /* The wall screen: a table, one line per field; the figures large, the words in the headings. */
  :host([tv]) .totals {
    gap: 0.6em;
    margin-bottom: 0.4em;
  }
  :host([tv]) .total dt {
    font-size: 0.85em;
  }
  :host([tv]) .total dd {
    font-size: 1.75em;
  }
  :host([tv]) .total.main dd {
    font-size: 2.4em;
  }
  :host([tv]) table {
    width: 100%;
    border-collapse: collapse;
  }
  :host([tv]) th,
  :host([tv]) td {
    padding: 0.25em 0 0.25em 0.9em;
    text-align: right;
    vertical-align: baseline;
    white-space: nowrap;
  }
  :host([tv]) .name {
    padding-left: 0;
    text-align: left;
    white-space: normal;
  }
  :host([tv]) thead th {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.8em;
    font-weight: 600;
    vertical-align: bottom;
    white-space: normal;
  }
  :host([tv]) thead th::first-letter {
    text-transform: uppercase;
  }
  :host([tv]) tbody tr {
    border-top: 1px solid var(--pulse-rule-colour, #e5e7eb);
  }
  :host([tv]) tbody .name {
    font-weight: 600;
    line-height: 1.2;
  }
  :host([tv]) .number {
    font-size: 1.8em;
    line-height: 1.15;
    padding-top: 0.1em;
    padding-bottom: 0.1em;
  }
  :host([tv]) .detail {
    font-size: 1em;
  }
  :host([tv]) .longest::after {
    content: none;
  }
  .spoken {
    ${visuallyHidden}
  }
  :host([tv]) .as-of {
    font-size: 0.8em;
    margin-top: 0.3em;
  }
`;
