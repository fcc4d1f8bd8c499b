import { css } from 'lit';
import { visuallyHidden } from '../visually-hidden.styles.js';

/**
 * Styles of `pulse-diagnosis-banner`. The alert is sized to be read from across the room; on a
 * wall screen (`tv`) it is one line of the page's large type, the sentence at 1.35rem (28 px on
 * a 1080-line screen, 2.6 % of its height).
 *
 * CSS custom properties:
 * - `--pulse-diagnosis-down-background` / `--pulse-diagnosis-down-colour`: the "down" banner
 *   (default Okabe–Ito vermilion darkened to `#a33a00`, with white text at 6.6:1).
 * - `--pulse-diagnosis-degraded-background` / `--pulse-diagnosis-degraded-colour`: the "slow"
 *   banner (default Okabe–Ito orange `#e69f00`, with dark text `#1b1f24` at 7:1).
 * - `--pulse-status-up`: the dot of the calm "all is well" line (default `#009e73`).
 * - `--pulse-status-unknown`: the ring of the calm line while nothing is known (default `#6b7280`).
 * - `--pulse-muted-colour`: the calm line's text (default `#4b5563`).
 */
export const diagnosisBannerStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0;
  }
  .calm {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.95rem;
  }
  .dot {
    width: 0.65rem;
    height: 0.65rem;
    border-radius: 50%;
    background: var(--pulse-status-up, #009e73);
    flex: none;
  }
  .calm.unknown .dot {
    background: transparent;
    border: 2px solid var(--pulse-status-unknown, #6b7280);
    width: 0.5rem;
    height: 0.5rem;
  }
  .alert {
    display: flex;
    align-items: flex-start;
    gap: 1.1rem;
    padding: 1.1rem 1.5rem;
    border-radius: 10px;
  }
  .alert.down {
    background: var(--pulse-diagnosis-down-background, #a33a00);
    color: var(--pulse-diagnosis-down-colour, #fff);
  }
  .alert.degraded {
    background: var(--pulse-diagnosis-degraded-background, #e69f00);
    color: var(--pulse-diagnosis-degraded-colour, #1b1f24);
  }
  .icon {
    flex: none;
    width: 3.25rem;
    height: 3.25rem;
    margin-top: 0.2rem;
  }
  .icon .shape {
    fill: currentColor;
  }
  .icon .mark {
    fill: none;
    stroke-width: 2.6;
    stroke-linecap: round;
  }
  .alert.down .icon .mark {
    stroke: var(--pulse-diagnosis-down-background, #a33a00);
  }
  .alert.degraded .icon .mark {
    stroke: var(--pulse-diagnosis-degraded-background, #e69f00);
  }
  .body {
    min-width: 0;
  }
  .kicker {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4rem 0.9rem;
    font-size: 1rem;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .label {
    text-transform: uppercase;
  }
  .since {
    font-variant-numeric: tabular-nums;
    font-size: 1.15rem;
  }
  .summary {
    margin-top: 0.2rem;
    font-size: clamp(1.4rem, 2.6vw, 2.1rem);
    font-weight: 700;
    line-height: 1.2;
  }
  .action {
    margin-top: 0.45rem;
    font-size: clamp(1.05rem, 1.6vw, 1.3rem);
  }
  .action-label {
    font-weight: 700;
  }
  /* The wall screen: one line, the sentence large, since when at its end. A longer sentence
     wraps rather than being cut: it is the one thing the banner is there to say. */
  :host([tv]) .alert {
    align-items: center;
    gap: 0.8rem;
    padding: 0.45rem 1.2rem;
  }
  :host([tv]) .icon {
    width: 2.2rem;
    height: 2.2rem;
    margin-top: 0;
  }
  :host([tv]) .summary {
    flex: 1 1 auto;
    min-width: 0;
    margin: 0;
    font-size: 1.35rem;
    line-height: 1.2;
  }
  /* The shape and the sentence say it on the wall; the word stays for screen readers. */
  :host([tv]) .label {
    ${visuallyHidden}
  }
  :host([tv]) .since {
    flex: none;
    font-size: 1.25rem;
    font-weight: 700;
  }
`;
