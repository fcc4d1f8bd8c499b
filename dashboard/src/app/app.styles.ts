import { css } from 'lit';

/**
 * Styles of `pulse-app`, and the theme its children inherit through their shadow roots.
 *
 * The theme's custom properties are set on `<html>` in `page.css` (light, and dark under
 * `html[data-theme='dark']`, which `ThemeController` writes); every shadow root inherits them.
 *
 * CSS custom properties (set on `pulse-app` or above to re-theme the page):
 * - `--pulse-accent`: links, focus rings, the language switch (default Okabe–Ito blue `#0072b2`).
 * - `--pulse-page-background`: behind the cards (default `#f4f6f8`).
 * - `--pulse-card-background`: cards (default white).
 * - `--pulse-text-colour`: body text (default `#1b1f24`).
 * - `--pulse-muted-colour`: secondary text (default `#4b5563`, 7:1 on white).
 * - `--pulse-banner-background` / `--pulse-banner-colour`: the connection banner (default
 *   vermilion-tinted `#fde8dc` with dark text `#5c1f00`).
 */
export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--pulse-page-background, #f4f6f8);
    color: var(--pulse-text-colour, #1b1f24);
    font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    line-height: 1.4;
  }
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto auto;
    grid-template-areas:
      'brand clock theme switch'
      'tabs tabs tabs tabs';
    align-items: center;
    gap: 0.25rem 1rem;
    padding: 0.9rem 1.5rem 0;
    background: var(--pulse-card-background, #fff);
    border-bottom: 1px solid var(--pulse-rule-colour, #e5e7eb);
  }
  pulse-view-tabs {
    grid-area: tabs;
    margin: 0.25rem 0 -1px -1rem;
  }
  pulse-language-switch {
    grid-area: switch;
  }
  pulse-theme-switch {
    grid-area: theme;
  }
  /* On a wall screen: no controls, the clock large enough to read across the room. */
  header.tv {
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'brand clock';
    padding: 0.6rem 1.5rem;
  }
  header.tv .clock {
    font-size: 1.6rem;
    font-weight: 700;
    color: var(--pulse-text-colour, #1b1f24);
  }
  .brand {
    grid-area: brand;
    min-width: 0;
  }
  h1 {
    margin: 0;
    font-size: 1.25rem;
  }
  .subtitle {
    color: var(--pulse-muted-colour, #4b5563);
    font-size: 0.9rem;
  }
  .clock {
    grid-area: clock;
    font-variant-numeric: tabular-nums;
    color: var(--pulse-muted-colour, #4b5563);
  }
  .banner {
    padding: 0.7rem 1.5rem;
    background: var(--pulse-banner-background, #fde8dc);
    color: var(--pulse-banner-colour, #5c1f00);
    border-bottom: 2px solid #d55e00;
  }
  .banner strong {
    margin-right: 0.5rem;
  }
  pulse-diagnosis-banner {
    padding: 1rem 1.5rem 0;
  }
  pulse-diagnosis-banner.stale {
    opacity: 0.6;
  }
  main {
    display: block;
    padding: 1rem 1.5rem 2rem;
  }
  /* TV mode: one screen, never scrolled. The header and each banner take their own row, as tall
     as their content; the view shares what is left, so a banner shrinks the view, not the page. */
  :host([tv]) {
    display: grid;
    grid-template-rows: [header] auto [connection] auto [diagnosis] auto [view] minmax(0, 1fr);
    grid-template-columns: minmax(0, 1fr);
    height: 100vh;
    min-height: 0;
  }
  :host([tv]) header {
    grid-row: header;
  }
  :host([tv]) .banner {
    grid-row: connection;
  }
  :host([tv]) pulse-diagnosis-banner {
    grid-row: diagnosis;
    padding-top: 0.6rem;
  }
  :host([tv]) main {
    grid-row: view;
  }
  main.tv {
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    padding: 0.6rem 1.5rem;
  }
  /* Stale figures stay on screen while reconnecting, visibly dimmed. */
  main.stale {
    opacity: 0.6;
  }
  /* Printing (the weekly report on A4 landscape): the view alone, without the page's controls. */
  @media print {
    :host {
      min-height: 0;
      background: #fff;
    }
    header,
    .banner,
    pulse-diagnosis-banner {
      display: none;
    }
    main {
      padding: 0;
    }
    /* Paper is white: the report prints in the light theme's colours whatever the screen shows. */
    main.view-report {
      --pulse-page-background: #f4f6f8;
      --pulse-card-background: #fff;
      --pulse-text-colour: #1b1f24;
      --pulse-muted-colour: #4b5563;
      --pulse-rule-colour: #e5e7eb;
      --pulse-row-stripe: #f3f4f6;
      --pulse-accent: #0072b2;
      --pulse-accent-contrast: #fff;
      --pulse-chart-axis-colour: #4b5563;
      --pulse-chart-grid-colour: #e5e7eb;
      --pulse-status-down-text: #b34700;
      --pulse-demo-background: #fff4d6;
      --pulse-demo-colour: #6b4a00;
      --report-sheet-background: #f1f4f7;
      --report-better-colour: #00664a;
      --report-worse-colour: #a33f00;
      --report-p50-colour: #0072b2;
      --report-p90-colour: #56b4e9;
      --report-target-colour: #d55e00;
      color-scheme: light;
      color: var(--pulse-text-colour);
    }
  }
`;
