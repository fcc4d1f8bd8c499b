import { css } from 'lit';

/**
 * Styles of `pulse-report-tiles`, sized for the 1920 × 1080 report sheet.
 *
 * CSS custom properties:
 * - `--pulse-rule-colour`: the tiles' border (default `#dfe3e8`).
 * - `--pulse-card-background`: the tiles (default white).
 * - `--pulse-muted-colour`: labels and details (default `#4b5563`).
 * - `--report-better-colour` / `--report-worse-colour`: the change line when it is good or bad
 *   news (default dark bluish green `#00664a` and dark vermilion `#a33f00`, both AA on white).
 */
export const reportTilesStyles = css`
  :host {
    display: block;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(6, minmax(0, 1fr));
    gap: 16px;
    margin: 0;
  }
  .tile {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 18px 20px;
    background: var(--pulse-card-background, #fff);
    border: 1px solid var(--pulse-rule-colour, #dfe3e8);
    border-radius: 10px;
  }
  dt {
    font-size: 17px;
    color: var(--pulse-muted-colour, #4b5563);
    min-height: 44px;
  }
  dd {
    margin: 0;
  }
  .value {
    font-size: 42px;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .detail {
    font-size: 16px;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .change {
    margin-top: auto;
    padding-top: 8px;
    font-size: 15px;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .change.better {
    color: var(--report-better-colour, #00664a);
  }
  .change.worse {
    color: var(--report-worse-colour, #a33f00);
  }
  .arrow {
    display: inline-block;
    width: 1.1em;
    font-weight: 700;
  }
`;
