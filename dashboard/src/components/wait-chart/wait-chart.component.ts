import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ReportDay } from '../../../../contracts/report.js';
import { computeWaitGeometry, type WaitBar } from '../../charts/wait-geometry.js';
import { formatWaitMinutes } from '../../i18n/elapsed.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { weekdayLabel } from '../../i18n/weekday.js';
import { dayMonthText } from '../../report/iso-week.js';
import { waitChartStyles } from './wait-chart.styles.js';

/**
 * Waiting time per day: how long half the citizens waited (p50, dark blue) and nine in ten
 * (p90, sky blue) side by side, in whole minutes, against the centre's target wait as a dashed
 * line. A day without a call shows "không có số liệu", a closed day "nghỉ".
 */
export class PulseWaitChart extends LitElement {
  static override styles = waitChartStyles;

  /** The seven days of the week, Monday first. */
  @property({ attribute: false }) days: readonly ReportDay[] = [];
  /** The target wait (seconds). */
  @property({ type: Number }) targetWaitSeconds = 900;
  /** Width of the drawing (px). */
  @property({ type: Number }) width = 640;
  /** Height of the drawing (px). */
  @property({ type: Number }) height = 340;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const { count } = this.formatters;
    const geometry = computeWaitGeometry({
      days: this.days.map((day) => ({
        p50Seconds: day.waitP50Seconds,
        p90Seconds: day.waitP90Seconds,
        working: day.working,
      })),
      targetSeconds: this.targetWaitSeconds,
      width: this.width,
      height: this.height,
    });
    const { plot } = geometry;
    const bottom = plot.y + plot.height;
    const target = formatWaitMinutes(this.targetWaitSeconds, messages);
    const bar = (key: 'p50' | 'p90', b: WaitBar | null) =>
      b === null
        ? nothing
        : svg`<rect class=${key} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>
          <text class="value" x=${b.x + b.width / 2} y=${b.y - 6} text-anchor="middle">${count(b.minutes)}</text>`;
    return html`<ul class="legend">
        <li><span class="key p50" aria-hidden="true"></span>${messages.chartWaitP50}</li>
        <li><span class="key p90" aria-hidden="true"></span>${messages.chartWaitP90}</li>
        <li>
          <span class="key target" aria-hidden="true"></span>${messages.chartWaitTarget} ${target}
        </li>
      </ul>
      <svg
        width=${this.width}
        height=${this.height}
        viewBox="0 0 ${this.width} ${this.height}"
        role="img"
        aria-label=${messages.chartWaitTitle}
        data-testid="wait-chart"
      >
        ${geometry.yTicks.map(
          (tick) =>
            svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y} />
              <text class="tick" x=${plot.x - 8} y=${tick.y + 5} text-anchor="end">${count(tick.value)}</text>`,
        )}
        <text class="tick" x=${plot.x - 8} y=${plot.y - 12} text-anchor="end">
          ${messages.chartMinutes}
        </text>
        ${geometry.columns.map((column) => {
          const day = this.days[column.index]!;
          const empty = column.p50 === null && column.p90 === null;
          return svg`<g data-testid="wait-day-${day.day}" data-p50=${day.waitP50Seconds ?? ''} data-p90=${day.waitP90Seconds ?? ''}>
            ${bar('p50', column.p50)} ${bar('p90', column.p90)}
            ${
              empty
                ? svg`<text class="empty" x=${column.centre} y=${bottom - 10} text-anchor="middle">${
                    column.working ? messages.chartNoData : messages.chartDayOff
                  }</text>`
                : nothing
            }
            <text class="day ${column.working ? '' : 'off'}" x=${column.centre} y=${bottom + 24} text-anchor="middle">${weekdayLabel(messages, day.weekday)} ${dayMonthText(day.day)}</text>
          </g>`;
        })}
        <line
          class="target"
          x1=${plot.x}
          x2=${plot.x + plot.width}
          y1=${geometry.targetY}
          y2=${geometry.targetY}
        />
        <line class="axis" x1=${plot.x} x2=${plot.x + plot.width} y1=${bottom} y2=${bottom} />
      </svg>`;
  }
}
