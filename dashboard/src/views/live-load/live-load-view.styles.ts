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
  /* TV mode: the view fills the height the page leaves it (less when a banner shows) and never
     more. The queue per field runs down the left; the counters take the top right at the height
     of their cards; the hours and today's figures share what is left, the charts' drawings
     stretching or shrinking with it. The queue is a table of one line per field and the counter
     cards are compact; both size their type in em of the font set here, a little smaller for a
     centre larger than the reference one (the dense attribute, from the counts of fields and
     counters), with four cards a row instead of three. */
  :host([tv]) {
    height: 100%;
    gap: 0.6rem;
    grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr) minmax(0, 1fr);
    grid-template-rows: auto minmax(0, 1fr);
    grid-template-areas:
      'queue counters counters'
      'queue hourly today';
    --pulse-counter-columns: repeat(3, minmax(0, 1fr));
    --pulse-hourly-height: 4rem;
    --pulse-hourly-hint-display: none;
  }
  :host([tv]) pulse-field-queue,
  :host([tv]) pulse-counter-board {
    font-size: 1rem;
  }
  /* Four cards a row need the width a longer field name would take: "Đang phục vụ 12:34" must
     stay on one line of a card. */
  :host([tv][dense]) {
    grid-template-columns: repeat(3, minmax(0, 1fr));
    --pulse-counter-columns: repeat(4, minmax(0, 1fr));
  }
  :host([tv][dense]) pulse-field-queue,
  :host([tv][dense]) pulse-counter-board {
    font-size: 0.88rem;
  }
  :host([tv]) section {
    padding: 0.6rem 1rem;
    min-height: 0;
  }
  :host([tv]) h2 {
    margin-bottom: 0.4rem;
  }
  :host([tv]) h2.second {
    margin-top: 0.6rem;
    padding-top: 0.5rem;
  }
  :host([tv]) .hourly {
    display: flex;
    flex-direction: column;
  }
  :host([tv]) .charts {
    flex: 1 1 0;
    min-height: 0;
    grid-template-rows: minmax(0, 1fr);
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
