import { css } from 'lit';

/**
 * Styles of `pulse-outage-list`.
 *
 * CSS custom properties:
 * - `--pulse-status-down`: the mark of an ongoing outage (default Okabe–Ito vermilion darkened
 *   to `#a33a00`, 6.6:1 on white).
 * - `--pulse-status-down-text`: the word "ongoing" (default `#a33a00`).
 * - `--pulse-rule-colour`: lines between rows (default `#e5e7eb`).
 * - `--pulse-status-up`: the tick of the empty list (default `#009e73`).
 * - `--pulse-muted-colour`: column headings and the empty list (default `#4b5563`).
 */
export const outageListStyles = css`
  :host {
    display: block;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.5rem 0.75rem 0.5rem 0;
    border-bottom: 1px solid var(--pulse-rule-colour, #e5e7eb);
    vertical-align: top;
  }
  thead th {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.8rem;
    font-weight: 600;
  }
  tbody tr:last-child > * {
    border-bottom: none;
  }
  tbody th {
    font-weight: 600;
  }
  .time {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* An ongoing outage: a bar down its left edge and a word, never colour alone. */
  tr.ongoing th {
    box-shadow: inset 4px 0 0 var(--pulse-status-down, #a33a00);
    padding-left: 0.6rem;
  }
  tr.ended th,
  thead th:first-child {
    padding-left: 0.6rem;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-weight: 700;
    color: var(--pulse-status-down-text, #a33a00);
  }
  .badge::before {
    content: '';
    width: 0.45rem;
    height: 0.45rem;
    border: 2px solid currentColor;
    border-radius: 1px;
  }
  .cause {
    min-width: 14rem;
  }
  .empty {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .tick {
    width: 0.35rem;
    height: 0.7rem;
    border: solid var(--pulse-status-up, #009e73);
    border-width: 0 3px 3px 0;
    transform: rotate(45deg) translateY(-0.1rem);
  }
`;
