import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { computeHourlyGeometry, sumThroughHour } from '../../charts/hourly-geometry.js';
import { ElementSizeController } from '../../controllers/element-size-controller.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { hourlyChartStyles } from './hourly-chart.styles.js';

/**
 * Counts per hour of today as bars against a normal day as a step line, with a one-line summary
 * ("today 34 · a normal day 40 so far") that also names the chart for screen readers. The
 * geometry comes from `charts/`; this element only draws it, at the size it is given.
 */
export class PulseHourlyChart extends LitElement {
  static override styles = hourlyChartStyles;

  /** Title above the chart, e.g. "Lượt lấy số". */
  @property() label = '';
  /** Today's counts per local hour (24 entries). */
  @property({ attribute: false }) today: readonly number[] = [];
  /** A normal day per local hour (24 entries, null where unknown), or null when there is none. */
  @property({ attribute: false }) baseline: readonly (number | null)[] | null = null;
  /** The local hour now (0–23). */
  @property({ type: Number, attribute: 'current-hour' }) currentHour = 0;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  private readonly size = new ElementSizeController(this, () =>
    this.renderRoot.querySelector('.drawing'),
  );
  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const { count } = this.formatters;
    // A normal day with no known hour (a new centre) is no comparison: say so rather than "0".
    const baseline = this.baseline?.some((value) => value !== null) ? this.baseline : null;
    const todayTotal = sumThroughHour(this.today, this.currentHour);
    const baselineTotal = baseline ? sumThroughHour(baseline, this.currentHour) : null;
    const summary =
      `${messages.hourlyToday} ${count(todayTotal)}` +
      (baselineTotal === null
        ? ''
        : ` · ${messages.hourlyBaseline.toLowerCase()} ${count(Math.round(baselineTotal))} ${messages.hourlySoFar}`);
    return html`
      <div class="head">
        <h3>${this.label}</h3>
        <span class="summary" data-testid="hourly-summary">${summary}</span>
      </div>
      <div class="drawing">
        ${this.renderChart(baseline, `${this.label}: ${summary}`, todayTotal, baselineTotal)}
      </div>
      <div class="legend" aria-hidden="true">
        <span><span class="swatch bar"></span>${messages.hourlyToday}</span>
        ${
          baseline
            ? html`<span
                ><span class="swatch line"></span>${messages.hourlyBaseline}
                <span class="hint">(${messages.hourlyBaselineHint})</span></span
              >`
            : html`<span class="hint">${messages.hourlyNoBaseline}</span>`
        }
      </div>
    `;
  }

  /** The page's root font size (px), which TV mode raises. */
  private remPx(): number {
    return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  }

  private renderChart(
    baseline: readonly (number | null)[] | null,
    label: string,
    todayTotal: number,
    baselineTotal: number | null,
  ) {
    // The drawing area's own box: the title and the legend sit outside it.
    const { width, height: chartHeight } = this.size;
    if (width === 0 || chartHeight === 0) return nothing;
    const geometry = computeHourlyGeometry({
      today: this.today,
      baseline,
      currentHour: this.currentHour,
      width,
      height: chartHeight,
      margin: { top: 8, right: 4, bottom: 22, left: 30 },
      // An "08h" label at the axis font (0.75rem), with a gap: it grows with the TV's larger type.
      minLabelStepPx: this.remPx() * 0.75 * 2 + 6,
    });
    const { plot } = geometry;
    const bottom = plot.y + plot.height;
    return html`<svg
      width=${width}
      height=${chartHeight}
      viewBox="0 0 ${width} ${chartHeight}"
      role="img"
      aria-label=${label}
      data-testid="hourly-chart"
      data-today-total=${todayTotal}
      data-baseline-total=${baselineTotal === null ? '' : Math.round(baselineTotal)}
    >
      <g class="grid axis">
        ${geometry.yTicks.map(
          (tick) => svg`
            <line x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y}></line>
            <text x=${plot.x - 5} y=${tick.y} dy="0.32em" text-anchor="end">${this.formatters.count(tick.value)}</text>`,
        )}
      </g>
      <g class="bars">
        ${geometry.bars.map(
          (bar) =>
            svg`<rect class=${bar.current ? 'current' : ''} x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>`,
        )}
      </g>
      ${geometry.baselinePath === '' ? nothing : svg`<path class="baseline-step" d=${geometry.baselinePath}></path>`}
      <line
        class="axis-line"
        x1=${plot.x}
        x2=${plot.x + plot.width}
        y1=${bottom}
        y2=${bottom}
      ></line>
      <g class="axis">
        ${geometry.xTicks.map(
          (tick) =>
            svg`<text x=${tick.x} y=${chartHeight - 5} text-anchor="middle">${String(tick.hour).padStart(2, '0')}h</text>`,
        )}
      </g>
    </svg>`;
  }
}
