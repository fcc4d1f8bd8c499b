import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { computeLatencyGeometry, type LatencySeries } from '../../charts/latency-geometry.js';
import { seriesColour } from '../../charts/palette.js';
import { ElementSizeController } from '../../controllers/element-size-controller.js';
import { createFormatters, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { latencyChartStyles } from './latency-chart.styles.js';

/** Height of the band marking a down stretch under the plot, per target (px). */
const DOWN_BAND_PX = 4;

/**
 * Live latency of each link target over a time window, one line per target. Lines break where a
 * target was down (marked by a band in its colour under the plot) or where no data came. The
 * geometry comes from `charts/`; this element only draws it, at the size it is given.
 */
export class PulseLatencyChart extends LitElement {
  static override styles = latencyChartStyles;

  /** Readings of each target, oldest first. */
  @property({ attribute: false }) series: readonly LatencySeries[] = [];
  /** Line colour of each target slug; targets not listed get a palette colour by position. */
  @property({ attribute: false }) colours: ReadonlyMap<string, string> = new Map();
  /** Start of the window (epoch ms). */
  @property({ type: Number, attribute: 'from-ms' }) fromMs = 0;
  /** End of the window, usually now (epoch ms). */
  @property({ type: Number, attribute: 'to-ms' }) toMs = 0;
  /** Language of labels. */
  @property() language: Language = 'vi';

  private readonly size = new ElementSizeController(this);
  private formatters: Formatters = createFormatters('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = createFormatters(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const { width, height } = this.size;
    const hasData = this.series.some((s) => s.points.length > 0);
    if (width === 0 || height === 0 || this.toMs <= this.fromMs) return nothing;

    const bandsPx = DOWN_BAND_PX * this.series.length + 4;
    const geometry = computeLatencyGeometry({
      series: this.series,
      fromMs: this.fromMs,
      toMs: this.toMs,
      width,
      height,
      // Room on top for the unit label, above the highest tick.
      margin: { top: 24, right: 16, bottom: 24 + bandsPx, left: 52 },
    });
    const { plot } = geometry;
    const bottom = plot.y + plot.height;
    const colourOf = (id: string) =>
      this.colours.get(id) ?? seriesColour(this.series.findIndex((s) => s.id === id));
    const rowOf = new Map(this.series.map((s, index) => [s.id, index]));

    return html`
      <svg
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        role="img"
        aria-label=${messages.latencyTitle}
        data-testid="latency-chart"
        data-series-count=${this.series.length}
      >
        <defs>
          <clipPath id="plot-area">
            <rect x=${plot.x} y=${plot.y} width=${plot.width} height=${plot.height}></rect>
          </clipPath>
        </defs>
        <g class="grid axis">
          ${geometry.yTicks.map(
            (tick) => svg`
              <line x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y}></line>
              <text x=${plot.x - 6} y=${tick.y} dy="0.32em" text-anchor="end">
                ${this.formatters.count(tick.valueMs)}
              </text>`,
          )}
          <text x=${plot.x - 6} y=${plot.y - 14} text-anchor="end">${messages.latencyAxis}</text>
        </g>
        <line
          class="baseline"
          x1=${plot.x}
          x2=${plot.x + plot.width}
          y1=${bottom}
          y2=${bottom}
        ></line>
        <g clip-path="url(#plot-area)">
          ${geometry.lines.map(
            (line) => svg`<path
              class="line"
              data-testid="latency-line-${line.id}"
              d=${line.path}
              stroke=${colourOf(line.id)}
            ></path>`,
          )}
        </g>
        <g class="down">
          ${geometry.downSpans.map(
            (span) => svg`<rect
              data-testid="latency-down-${span.id}"
              x=${span.x1}
              width=${Math.max(1, span.x2 - span.x1)}
              y=${bottom + 3 + (rowOf.get(span.id) ?? 0) * DOWN_BAND_PX}
              height=${DOWN_BAND_PX - 1}
              fill=${colourOf(span.id)}
            ></rect>`,
          )}
        </g>
        <g class="axis">
          ${geometry.xTicks.map(
            (tick) => svg`<text x=${tick.x} y=${height - 6} text-anchor="middle">
              ${this.formatters.timeShort(tick.tsMs)}
            </text>`,
          )}
        </g>
      </svg>
      ${hasData ? nothing : html`<div class="empty">${messages.latencyEmpty}</div>`}
    `;
  }
}
