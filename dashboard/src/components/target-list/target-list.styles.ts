import { css } from 'lit';

/**
 * Styles of `pulse-target-list`.
 *
 * CSS custom properties:
 * - `--pulse-status-up`: colour of the "up" mark (default Okabe–Ito bluish green `#009e73`).
 * - `--pulse-status-degraded`: colour of the "slow" mark (default Okabe–Ito orange darkened to
 *   `#9a6200`, 5:1 on white, as the pure `#e69f00` is too faint for text).
 * - `--pulse-status-down`: colour of the "down" mark (default Okabe–Ito vermilion `#d55e00`).
 * - `--pulse-status-down-text`: the word "down" (default vermilion darkened to `#b34700`, 5.3:1;
 *   the mark colour is 3.9:1, too faint for text).
 * - `--pulse-status-unknown`: colour of the "no data" mark (default grey `#6b7280`).
 * - `--pulse-muted-colour`: secondary text (default `#4b5563`).
 * - `--pulse-rule-colour`: lines between rows (default `#e5e7eb`).
 * - `--pulse-urgent-text` / `--pulse-urgent-background`: an urgent certificate warning (default
 *   `#8a3200` on `#fde8dc`, 7:1).
 */
export const targetListStyles = css`
  :host {
    display: block;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: 0.75rem 1fr auto;
    gap: 0.25rem 0.6rem;
    align-items: center;
    padding: 0.55rem 0;
    border-bottom: 1px solid var(--pulse-rule-colour, #e5e7eb);
  }
  li:last-child {
    border-bottom: none;
  }
  .swatch {
    width: 0.75rem;
    height: 0.25rem;
    border-radius: 2px;
  }
  .name {
    font-weight: 600;
  }
  .role,
  .measured,
  .since {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.8rem;
  }
  .values {
    text-align: right;
    white-space: nowrap;
  }
  .latency {
    font-variant-numeric: tabular-nums;
    font-size: 1.1rem;
    font-weight: 600;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-size: 0.85rem;
    font-weight: 600;
  }
  /* Shape as well as colour: a filled dot when up, a triangle when slow, a hollow square when down. */
  .status::before {
    content: '';
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: currentColor;
  }
  .status.up {
    color: var(--pulse-status-up, #009e73);
  }
  .status.down {
    color: var(--pulse-status-down-text, #b34700);
  }
  .status.down::before {
    border-radius: 1px;
    background: transparent;
    border: 2px solid currentColor;
    width: 0.45rem;
    height: 0.45rem;
  }
  .status.degraded {
    color: var(--pulse-status-degraded, #9a6200);
  }
  .status.degraded::before {
    border-radius: 0;
    width: 0.7rem;
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .status.unknown {
    color: var(--pulse-status-unknown, #6b7280);
  }
  /* Certificate expiry: a bar and a sign before the words; urgent is bold on a tinted ground. */
  .certificate {
    margin-top: 0.2rem;
    padding: 0.1rem 0.4rem;
    border-left: 3px solid var(--pulse-status-degraded, #9a6200);
    font-size: 0.8rem;
    color: var(--pulse-status-degraded, #9a6200);
  }
  .certificate::before {
    content: '⚠ ';
  }
  .certificate.urgent {
    border-left-color: var(--pulse-status-down, #d55e00);
    color: var(--pulse-urgent-text, #8a3200);
    background: var(--pulse-urgent-background, #fde8dc);
    font-weight: 700;
  }
  .empty {
    color: var(--pulse-muted-colour, #4b5563);
  }
  /* A live round changes these two on every row. Each is a box of fixed size whose content
     cannot move anything else (size and layout containment, and a layer of its own: what
     Chromium needs to start layout there), so the browser lays out that box alone, not the page. */
  .latency {
    position: relative;
    width: 6.5em;
    height: 1.4em;
    line-height: 1.4;
    margin-left: auto;
    contain: strict;
  }
  .measured {
    position: relative;
    height: 1.4em;
    line-height: 1.4;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    contain: strict;
  }
`;
