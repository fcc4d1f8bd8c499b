import { css } from 'lit';

/**
 * Styles of `pulse-report-view`. The sheet is laid out in px at 1920 × 1080 (the PNG's size) and
 * scaled as a whole by `--sheet-scale` (set from the window's width), so the screen, the PNG and
 * the print show the same page. No `::before`/`::after`: the PNG export copies elements only.
 *
 * CSS custom properties:
 * - `--pulse-card-background`: the sheet's cards (default white).
 * - `--pulse-muted-colour`: secondary text (default `#4b5563`).
 * - `--pulse-accent`: the toolbar buttons (default `#0072b2`).
 * - `--report-sheet-background`: behind the cards (default `#f1f4f7`).
 * - `--pulse-accent-contrast`: text on the accent (default white).
 * - `--pulse-rule-colour`: borders of the sheet and its cards (default `#dfe3e8`).
 * - `--pulse-status-down-text`: a failed export or load (default `#a33f00`).
 * - `--pulse-demo-background` / `--pulse-demo-colour`: the demo badge (default `#fff4d6`, `#6b4a00`).
 *
 * The sheet follows the theme on screen, and so does the PNG (it is the sheet as shown); the
 * printout is always light (see `app.styles.ts`).
 */
export const reportViewStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-bottom: 1rem;
  }
  .spacer {
    flex: 1;
  }
  .export-problem {
    color: var(--pulse-status-down-text, #a33f00);
  }
  .toolbar > button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--pulse-accent, #0072b2);
    background: var(--pulse-accent, #0072b2);
    color: var(--pulse-accent-contrast, #fff);
    cursor: pointer;
  }
  .toolbar > button[data-testid='report-print'] {
    background: var(--pulse-card-background, #fff);
    color: var(--pulse-accent, #0072b2);
  }
  .toolbar > button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .toolbar > button:focus-visible {
    outline: 3px solid var(--pulse-accent, #0072b2);
    outline-offset: 2px;
  }
  .frame {
    --sheet-scale: 1;
    height: calc(1080px * var(--sheet-scale));
    overflow: hidden;
  }
  .sheet {
    box-sizing: border-box;
    width: 1920px;
    height: 1080px;
    transform: scale(var(--sheet-scale));
    transform-origin: top left;
    display: flex;
    flex-direction: column;
    gap: 20px;
    padding: 36px 48px 24px;
    background: var(--report-sheet-background, #f1f4f7);
    color: var(--pulse-text-colour, #1b1f24);
    font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    line-height: 1.3;
    border: 1px solid var(--pulse-rule-colour, #dfe3e8);
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: flex-end;
    gap: 24px;
    border-bottom: 3px solid var(--pulse-accent, #0072b2);
    padding-bottom: 14px;
  }
  .centre {
    font-size: 22px;
    color: var(--pulse-muted-colour, #4b5563);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h2 {
    margin: 4px 0 0;
    font-size: 40px;
    line-height: 1.15;
  }
  .meta {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 8px;
    font-size: 17px;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .demo {
    padding: 4px 12px;
    border-radius: 999px;
    background: var(--pulse-demo-background, #fff4d6);
    color: var(--pulse-demo-colour, #6b4a00);
    border: 1px solid #e6b800;
    font-weight: 600;
  }
  .charts {
    display: grid;
    grid-template-columns: 1088px minmax(0, 1fr);
    gap: 16px;
  }
  .card {
    background: var(--pulse-card-background, #fff);
    border: 1px solid var(--pulse-rule-colour, #dfe3e8);
    border-radius: 10px;
    padding: 16px 24px 20px;
  }
  h3 {
    margin: 0 0 10px;
    font-size: 22px;
  }
  .outages {
    flex: 1;
    min-height: 0;
    overflow: hidden;
  }
  footer {
    font-size: 14px;
    color: var(--pulse-muted-colour, #4b5563);
    text-align: right;
  }
  .status {
    margin: auto;
    text-align: center;
    font-size: 24px;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .status h2 {
    color: var(--pulse-status-down-text, #a33f00);
  }

  /* Print on A4 landscape: the sheet alone, scaled to the page width (277 mm inside 10 mm
     margins is about 1047 px, so 0.545 of 1920). */
  @media print {
    .toolbar {
      display: none;
    }
    .frame {
      --sheet-scale: 0.545 !important;
      overflow: visible;
    }
    .sheet {
      print-color-adjust: exact;
      border: none;
    }
  }
`;
