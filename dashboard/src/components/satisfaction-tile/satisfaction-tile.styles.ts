import { css } from 'lit';

/**
 * Styles of `pulse-satisfaction-tile`.
 *
 * CSS custom properties:
 * - `--pulse-muted-colour`: labels (default `#4b5563`, 7:1 on white).
 */
export const satisfactionTileStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0;
  }
  .share {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .value {
    font-size: 2.5rem;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .label,
  .details,
  .empty {
    color: var(--pulse-muted-colour, #4b5563);
  }
  .details {
    margin-top: 0.25rem;
    font-size: 0.9rem;
  }
  .details strong {
    color: var(--pulse-text-colour, #1b1f24);
    font-variant-numeric: tabular-nums;
  }
`;
