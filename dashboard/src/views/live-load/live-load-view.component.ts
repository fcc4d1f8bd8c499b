import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { QueueSnapshot } from '../../../../contracts/queue.js';
import { localHourOf } from '../../../../counters/local-day.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import '../../components/counter-board/counter-board.js';
import '../../components/field-queue/field-queue.js';
import '../../components/hourly-chart/hourly-chart.js';
import '../../components/kpi-tiles/kpi-tiles.js';
import '../../components/satisfaction-tile/satisfaction-tile.js';
import { liveLoadViewStyles } from './live-load-view.styles.js';
import { tvDensityOf } from './tv-density.js';

/**
 * Is the centre coping right now? The queue per field, every counter, arrivals and completions
 * per hour against a normal day, today's headline figures and satisfaction. With `tv` set it is
 * laid out for a wall screen read from across the room: one screen, no scrolling, no controls;
 * a centre larger than the reference one gets the `dense` attribute (see `tvDensityOf`).
 */
export class PulseLiveLoadView extends LitElement {
  static override styles = liveLoadViewStyles;

  /** The live queue of the site, or null before the first snapshot. */
  @property({ attribute: false }) queue: QueueSnapshot | null = null;
  /** Now on the collector's clock (epoch ms): waits and elapsed times tick with it. */
  @property({ attribute: false }) nowMs = 0;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';
  /** Wall-screen layout (TV mode). */
  @property({ type: Boolean, reflect: true }) tv = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('queue')) {
      const queue = this.queue;
      const density = tvDensityOf(queue?.fields.length ?? 0, queue?.counters.length ?? 0);
      this.toggleAttribute('dense', density === 'dense');
    }
  }

  override render() {
    const messages = messagesFor(this.language);
    const { queue, nowMs, language } = this;
    const kpis = queue?.kpis ?? null;
    // No past day to take a median over (a new centre): no comparison rather than a flat zero.
    const baseline = queue?.baseline && queue.baseline.days.length > 0 ? queue.baseline : null;
    const currentHour = localHourOf(nowMs);
    return html`
      <section class="queue" aria-labelledby="queue-title">
        <h2 id="queue-title">${messages.fieldsTitle}</h2>
        <pulse-field-queue
          .queue=${queue}
          .nowMs=${nowMs}
          .language=${language}
          ?tv=${this.tv}
        ></pulse-field-queue>
      </section>
      <section class="counters" aria-labelledby="counters-title">
        <h2 id="counters-title">${messages.countersTitle}</h2>
        <pulse-counter-board
          .counters=${queue?.counters ?? []}
          .nowMs=${nowMs}
          .language=${language}
          ?tv=${this.tv}
        ></pulse-counter-board>
      </section>
      <section class="hourly" aria-labelledby="hourly-title">
        <h2 id="hourly-title">${messages.hourlyTitle}</h2>
        <div class="charts">
          <pulse-hourly-chart
            data-testid="hourly-arrivals"
            .label=${messages.hourlyArrivals}
            .today=${kpis?.site.arrivalsByHour ?? []}
            .baseline=${baseline?.arrivalsByHour ?? null}
            .currentHour=${currentHour}
            .language=${language}
          ></pulse-hourly-chart>
          <pulse-hourly-chart
            data-testid="hourly-completions"
            .label=${messages.hourlyCompletions}
            .today=${kpis?.site.completionsByHour ?? []}
            .baseline=${baseline?.completionsByHour ?? null}
            .currentHour=${currentHour}
            .language=${language}
          ></pulse-hourly-chart>
        </div>
      </section>
      <section class="today" aria-labelledby="kpis-title">
        <h2 id="kpis-title">${messages.kpisTitle}</h2>
        <pulse-kpi-tiles .kpis=${kpis} .language=${language}></pulse-kpi-tiles>
        <h2 class="second">${messages.satisfactionTitle}</h2>
        <pulse-satisfaction-tile
          .figures=${kpis?.site ?? null}
          .language=${language}
        ></pulse-satisfaction-tile>
      </section>
    `;
  }
}
