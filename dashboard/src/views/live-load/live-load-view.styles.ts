import { css } from 'lit';

/**
 * Styles of `pulse-live-load-view`: queue and counters on top, the day by hour and today's figures
 * below. In TV mode (`tv` attribute) the view fills the screen without scrolling; the page's root
 * font size (set by `pulse-app`) makes everything large enough to read from 4 metres.
 *
 * CSS custom properties:
 * - `--pulse-card-background`: sections (default white).
 * - `--pulse-rule-colour`: section borders (default `#e5e7eb`).
 */
export const liveLoadViewStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr);
    grid-template-areas:
      'queue counters counters'
      'hourly hourly today';
    gap: 1rem;
  }
  section {
    background: var(--pulse-card-background, #fff);
    border: 1px solid var(--pulse-rule-colour, #e5e7eb);
    border-radius: 8px;
    padding: 1rem 1.25rem;
    min-width: 0;
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1rem;
  }
  h2.second {
    margin-top: 1.25rem;
    padding-top: 1rem;
    border-top: 1px solid var(--pulse-rule-colour, #e5e7eb);
  }
  .queue {
    grid-area: queue;
  }
  .counters {
    grid-area: counters;
  }
  .hourly {
    grid-area: hourly;
  }
  .today {
    grid-area: today;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1.5rem;
  }
  :host([tv]) {
    gap: 0.75rem;
    --pulse-counter-columns: repeat(3, minmax(0, 1fr));
    --pulse-hourly-height: 7rem;
    --pulse-hourly-hint-display: none;
  }
  :host([tv]) section {
    padding: 0.75rem 1rem;
  }
  :host([tv]) h2 {
    margin-bottom: 0.5rem;
  }
  @media (max-width: 64rem) {
    :host {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'queue' 'counters' 'hourly' 'today';
    }
    .charts {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
