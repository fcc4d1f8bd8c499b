import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  computeThroughputGeometry,
  type ThroughputPoint,
} from '../../charts/throughput-geometry.js';
import { ElementSizeController } from '../../controllers/element-size-controller.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { throughputChartStyles } from './throughput-chart.styles.js';

/**
 * Received and sent bits per second of one network interface: received as a solid line, sent
 * dashed, on a shared axis in `12,3 Mbit/s`. SVG, not canvas: at about one point per 2 px the
 * lines hold a few hundred vertices, which SVG draws as fast and keeps testable.
 *
 * CSS custom properties: see `throughput-chart.styles.ts`.
 */
export class PulseThroughputChart extends LitElement {
  static override styles = throughputChartStyles;

  /** Interface slug, for test hooks. */
  @property() target = '';
  /** Display name of the interface. */
  @property() name = '';
  /** Rates in time order. */
  @property({ attribute: false }) points: readonly ThroughputPoint[] = [];
  /** Start of the window (epoch ms). */
  @property({ attribute: false }) fromMs = 0;
  /** End of the window (epoch ms). */
  @property({ attribute: false }) toMs = 0;
  /** Bucket width of the readings (ms), 0 for raw rounds. */
  @property({ attribute: false }) stepMs = 0;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  private readonly size = new ElementSizeController(
    this,
    () => this.renderRoot.querySelector('.drawing') ?? undefined,
  );
  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const latest = this.points.at(-1);
    return html`<div class="head">
        <span class="name">${this.name}</span>
        <span class="key rx"
          ><span class="swatch" aria-hidden="true"></span>${messages.throughputRx}
          ${latest?.rxBps != null ? html`<b data-testid="throughput-rx-${this.target}">${this.formatters.bitRate(latest.rxBps)}</b>` : nothing}</span
        >
        <span class="key tx"
          ><span class="swatch" aria-hidden="true"></span>${messages.throughputTx}
          ${latest?.txBps != null ? html`<b data-testid="throughput-tx-${this.target}">${this.formatters.bitRate(latest.txBps)}</b>` : nothing}</span
        >
      </div>
      <div class="drawing">${this.renderSvg()}</div>`;
  }

  private renderSvg() {
    const messages = messagesFor(this.language);
    const { width, height } = this.size;
    if (width === 0 || height === 0 || this.toMs <= this.fromMs) return nothing;
    const geometry = computeThroughputGeometry({
      points: this.points,
      fromMs: this.fromMs,
      toMs: this.toMs,
      stepMs: this.stepMs,
      width,
      height,
    });
    const { plot } = geometry;
    const bottom = plot.y + plot.height;
    return html`<svg
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="img"
      aria-label="${messages.throughputTitle}: ${this.name}"
      data-testid="throughput-chart-${this.target}"
    >
      ${geometry.yTicks.map(
        (
          tick,
        ) => svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y}></line>
          <text x=${plot.x - 6} y=${tick.y} dy="0.32em" text-anchor="end">${this.formatters.bitRate(tick.valueBps)}</text>`,
      )}
      <line
        class="baseline"
        x1=${plot.x}
        x2=${plot.x + plot.width}
        y1=${bottom}
        y2=${bottom}
      ></line>
      ${geometry.xTicks.map(
        (tick) =>
          svg`<text x=${tick.x} y=${height - 4} text-anchor="middle">${this.formatters.timeTick(tick.tsMs)}</text>`,
      )}
      <path class="line rx" d=${geometry.rxPath}></path>
      <path class="line tx" d=${geometry.txPath}></path>
    </svg>`;
  }
}
