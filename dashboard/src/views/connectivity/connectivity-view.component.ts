import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Outage, TargetLinkState } from '../../../../contracts/link-health.js';
import type { TargetInfo } from '../../../../contracts/live.js';
import type { Sample } from '../../../../contracts/sample.js';
import type { LinkPoint } from '../../charts/spread-geometry.js';
import type { ThroughputPoint } from '../../charts/throughput-geometry.js';
import type { RangeStatus } from '../../connectivity/connectivity-controller.js';
import type { TimeRange } from '../../connectivity/time-range.js';
import { StaggeredRevealController } from '../../controllers/staggered-reveal-controller.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import type { Theme } from '../../theme/theme.js';
import '../../components/outage-list/outage-list.js';
import '../../components/outage-timeline/outage-timeline.js';
import '../../components/range-picker/range-picker.js';
import '../../components/spread-chart/spread-chart.js';
import '../../components/target-list/target-list.js';
import '../../components/throughput-chart/throughput-chart.js';
import { connectivityViewStyles } from './connectivity-view.styles.js';

const NO_POINTS: readonly LinkPoint[] = [];

/** What one latency chart is handed: its readings and the window they are drawn in. */
interface SpreadChartData {
  points: readonly LinkPoint[];
  fromMs: number;
  toMs: number;
  stepMs: number;
}

/**
 * Is the link down, since when, and where? For IT support: a range picker; one latency chart per
 * target along the path (small multiples, so the first check that turns slow or lossy shows where
 * the trouble starts); each target's state; the outages on a timeline and as a list; the traffic
 * of the network interface when one is measured. The diagnosis banner stays above every view.
 */
export class PulseConnectivityView extends LitElement {
  static override styles = connectivityViewStyles;

  /** The chosen range. */
  @property({ attribute: false }) range: TimeRange = { kind: 'live' };
  /** State of the range's history. */
  @property({ attribute: false }) status: RangeStatus = 'ready';
  /** Start of the charts' window (epoch ms). */
  @property({ attribute: false }) fromMs = 0;
  /** End of the charts' window (epoch ms). */
  @property({ attribute: false }) toMs = 0;
  /** Bucket width of the readings (ms), 0 for raw rounds. */
  @property({ attribute: false }) stepMs = 0;
  /** Readings of each link target over the range. */
  @property({ attribute: false }) links: ReadonlyMap<string, readonly LinkPoint[]> = new Map();
  /** Rates of each network interface over the range; none hides the traffic chart. */
  @property({ attribute: false }) throughput: ReadonlyMap<string, readonly ThroughputPoint[]> =
    new Map();
  /** Link targets in display order (configured ones first). */
  @property({ attribute: false }) order: readonly string[] = [];
  /** Probe targets with display names, in the collector's order. */
  @property({ attribute: false }) targets: readonly TargetInfo[] = [];
  /** Latest link sample of each target. */
  @property({ attribute: false }) latest: ReadonlyMap<string, Sample> = new Map();
  /** The collector's link state of each target. */
  @property({ attribute: false }) linkStates: ReadonlyMap<string, TargetLinkState> = new Map();
  /** Outages of the timeline's window, or null from a collector without link health. */
  @property({ attribute: false }) outages: readonly Outage[] | null = null;
  /** Window of the outage timeline (epoch ms). */
  @property({ attribute: false }) timeline = { fromMs: 0, toMs: 0 };
  /** Display name of each target slug. */
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();
  /** Swatch colour of each target slug in the status list. */
  @property({ attribute: false }) colours: ReadonlyMap<string, string> = new Map();
  /** Now on the collector's clock (epoch ms). */
  @property({ attribute: false }) nowMs = 0;
  /** Theme of the canvas charts. */
  @property() theme: Theme = 'light';
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  // A new history reaches the latency charts one or two per frame, top first (see the controller).
  private readonly reveal = new StaggeredRevealController(this);
  /** Data each latency chart was last handed: a chart not yet revealed keeps drawing them. */
  private chartData = new Map<string, SpreadChartData>();

  override render() {
    const messages = messagesFor(this.language);
    const { language, nowMs } = this;
    const revealed = this.reveal.revealed(
      `${this.status} ${JSON.stringify(this.range)} ${this.stepMs}`,
      this.order.length,
      { hold: this.status === 'loading' },
    );
    const chartData = new Map<string, SpreadChartData>();
    this.order.forEach((id, index) => {
      const data =
        index < revealed
          ? {
              points: this.links.get(id) ?? NO_POINTS,
              fromMs: this.fromMs,
              toMs: this.toMs,
              stepMs: this.stepMs,
            }
          : this.chartData.get(id);
      if (data) chartData.set(id, data);
    });
    this.chartData = chartData;
    return html`
      <pulse-range-picker
        class="wide"
        .range=${this.range}
        .nowMs=${nowMs}
        .language=${language}
        ?busy=${this.status === 'loading'}
      ></pulse-range-picker>
      <section
        class="wide"
        data-testid="spread-charts"
        data-status=${this.status}
        data-step-ms=${this.stepMs}
        data-charts-pending=${this.reveal.pending}
      >
        <h2>${messages.spreadTitle}</h2>
        ${this.renderLegend()}
        ${this.status === 'failed' ? html`<p class="problem" role="alert">${messages.rangeFailed}</p>` : nothing}
        ${this.order.length === 0 ? html`<p class="muted">${messages.latencyEmpty}</p>` : nothing}
        ${this.order.map((id) => this.renderSpreadChart(id, chartData.get(id)))}
      </section>
      <section class="below">
        <h2>${messages.targetsTitle}</h2>
        <pulse-target-list
          .targets=${this.targets}
          .latest=${this.latest}
          .linkStates=${this.linkStates}
          .nowMs=${nowMs}
          .colours=${this.colours}
          .language=${language}
        ></pulse-target-list>
      </section>
      ${this.outages ? this.renderOutages(this.outages) : nothing} ${this.renderThroughput()}
    `;
  }

  /** One target's latency chart, or a box of its size until the chart is first revealed. */
  private renderSpreadChart(id: string, data: SpreadChartData | undefined) {
    const name = this.names.get(id) ?? id;
    if (!data) {
      return html`<div class="chart-pending" data-testid="spread-pending-${id}" aria-busy="true">
        <span class="name">${name}</span>
        <div class="drawing"></div>
      </div>`;
    }
    return html`<pulse-spread-chart
      .target=${id}
      .name=${name}
      .points=${data.points}
      .fromMs=${data.fromMs}
      .toMs=${data.toMs}
      .stepMs=${data.stepMs}
      .theme=${this.theme}
      .language=${this.language}
    ></pulse-spread-chart>`;
  }

  private renderLegend() {
    const messages = messagesFor(this.language);
    return html`<ul class="legend">
      <li><span class="key median" aria-hidden="true"></span>${messages.spreadLegendMedian}</li>
      <li><span class="key band" aria-hidden="true"></span>${messages.spreadLegendBand}</li>
      <li>
        <span class="key loss" aria-hidden="true"
          ><i class="low"></i><i class="medium"></i><i class="high"></i></span
        >${messages.spreadLegendLoss} (${messages.lossLow}, ${messages.lossMedium},
        ${messages.lossHigh})
      </li>
      <li><span class="key down" aria-hidden="true"></span>${messages.spreadLegendDown}</li>
    </ul>`;
  }

  private renderOutages(outages: readonly Outage[]) {
    const messages = messagesFor(this.language);
    const kind = this.range.kind;
    const title =
      kind === '7d'
        ? messages.outagesTitleWeek
        : kind === 'custom'
          ? messages.outagesTitleRange
          : messages.outagesTitle;
    const empty =
      kind === '7d'
        ? messages.outagesEmptyWeek
        : kind === 'custom'
          ? messages.outagesEmptyRange
          : messages.outagesEmpty;
    return html`<section class="outages below">
      <h2>${title}</h2>
      <pulse-outage-timeline
        .targets=${this.order}
        .names=${this.names}
        .outages=${outages}
        .fromMs=${this.timeline.fromMs}
        .toMs=${this.timeline.toMs}
        .nowMs=${this.nowMs}
        .language=${this.language}
      ></pulse-outage-timeline>
      <pulse-outage-list
        .outages=${outages}
        .names=${this.names}
        .nowMs=${this.nowMs}
        .emptyText=${empty}
        .language=${this.language}
      ></pulse-outage-list>
    </section>`;
  }

  private renderThroughput() {
    const withData = [...this.throughput].filter(([, points]) => points.length > 0);
    if (withData.length === 0) return nothing;
    const messages = messagesFor(this.language);
    return html`<section class="wide below" data-testid="throughput">
      <h2>${messages.throughputTitle}</h2>
      ${withData.map(
        ([id, points]) =>
          html`<pulse-throughput-chart
            .target=${id}
            .name=${this.names.get(id) ?? id}
            .points=${points}
            .fromMs=${this.fromMs}
            .toMs=${this.toMs}
            .stepMs=${this.stepMs}
            .language=${this.language}
          ></pulse-throughput-chart>`,
      )}
    </section>`;
  }
}
