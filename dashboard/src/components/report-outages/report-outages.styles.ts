import { css } from 'lit';

/**
 * Styles of `pulse-report-outages`.
 *
 * CSS custom properties:
 * - `--pulse-rule-colour`, `--pulse-row-stripe`: the lines under the header and between rows.
 * - `--pulse-muted-colour`: headers, the empty line (default `#4b5563`).
 */
export const reportOutagesStyles = css`
  :host {
    display: block;
    font-size: 16px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th {
    text-align: left;
    font-weight: 600;
    color: var(--pulse-muted-colour, #4b5563);
    border-bottom: 1px solid var(--pulse-rule-colour, #d1d5db);
    padding: 4px 12px 6px 0;
  }
  td {
    padding: 6px 12px 6px 0;
    border-bottom: 1px solid var(--pulse-row-stripe, #eef0f3);
    vertical-align: top;
  }
  .when,
  .duration {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .empty,
  .more {
    margin: 6px 0 0;
    color: var(--pulse-muted-colour, #4b5563);
  }
`;
