import { LitElement, html, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ReportDay, ReportField } from '../../../../contracts/report.js';
import { seriesColour } from '../../charts/palette.js';
import { computeProceduresGeometry } from '../../charts/procedures-geometry.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { weekdayLabel } from '../../i18n/weekday.js';
import { dayMonthText } from '../../report/iso-week.js';
import { proceduresChartStyles } from './procedures-chart.styles.js';

/** Colour of procedures that no configured field accounts for. */
const OTHER_COLOUR = '#9ca3af';

/**
 * Procedures completed per day, one column per day stacked by field (Okabe–Ito colours in the
 * order of the config), the day's total above each column and each field's week total in the
 * legend. A closed day with nothing done says "nghỉ" instead of an empty column.
 */
export class PulseProceduresChart extends LitElement {
  static override styles = proceduresChartStyles;

  /** The seven days of the week, Monday first. */
  @property({ attribute: false }) days: readonly ReportDay[] = [];
  /** Fields over the week, in config order; `proceduresByDay` gives the stacks. */
  @property({ attribute: false }) fields: readonly ReportField[] = [];
  /** Width of the drawing (px). */
  @property({ type: Number }) width = 960;
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
    const colourOf = new Map(this.fields.map((f, index) => [f.field, seriesColour(index)]));
    const geometry = computeProceduresGeometry({
      days: this.days.map((day) => ({ total: day.procedures, working: day.working })),
      series: this.fields.map((f) => ({ id: f.field, values: f.proceduresByDay })),
      width: this.width,
      height: this.height,
    });
    const { plot } = geometry;
    const bottom = plot.y + plot.height;
    const total = this.days.reduce((sum, day) => sum + day.procedures, 0);
    return html`<ul class="legend">
        ${this.fields.map(
          (field) =>
            html`<li data-testid="procedures-field-${field.field}" data-value=${field.procedures}>
              <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true">
                <rect width="12" height="12" rx="2" fill=${colourOf.get(field.field)!} />
              </svg>
              <span>${field.name}</span> <strong>${count(field.procedures)}</strong>
            </li>`,
        )}
      </ul>
      <svg
        width=${this.width}
        height=${this.height}
        viewBox="0 0 ${this.width} ${this.height}"
        role="img"
        aria-label="${messages.chartProceduresTitle}: ${count(total)}"
        data-testid="procedures-chart"
        data-total=${total}
      >
        ${geometry.yTicks.map(
          (tick) =>
            svg`<line class="grid" x1=${plot.x} x2=${plot.x + plot.width} y1=${tick.y} y2=${tick.y} />
              <text class="tick" x=${plot.x - 8} y=${tick.y + 5} text-anchor="end">${count(tick.value)}</text>`,
        )}
        ${geometry.columns.map((column) => {
          const day = this.days[column.index]!;
          return svg`<g data-testid="procedures-day-${day.day}" data-value=${column.total}>
            ${column.segments.map(
              (segment) =>
                svg`<rect x=${column.x} y=${segment.y} width=${column.width} height=${segment.height}
                  fill=${colourOf.get(segment.id) ?? OTHER_COLOUR}></rect>`,
            )}
            ${
              column.total > 0
                ? svg`<text class="total" x=${column.centre} y=${column.totalY} text-anchor="middle">${count(column.total)}</text>`
                : svg`<text class="empty" x=${column.centre} y=${bottom - 10} text-anchor="middle">${
                    column.working ? '0' : messages.chartDayOff
                  }</text>`
            }
            <text class="day ${column.working ? '' : 'off'}" x=${column.centre} y=${bottom + 24} text-anchor="middle">${weekdayLabel(messages, day.weekday)} ${dayMonthText(day.day)}</text>
          </g>`;
        })}
        <line class="axis" x1=${plot.x} x2=${plot.x + plot.width} y1=${bottom} y2=${bottom} />
      </svg>`;
  }
}
