import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Outage } from '../../../../contracts/link-health.js';
import {
  computeOutageTimelineGeometry,
  type OutageTimelineGeometry,
} from '../../charts/outage-timeline-geometry.js';
import { ElementSizeController } from '../../controllers/element-size-controller.js';
import { styleProps } from '../../directives/style-props.js';
import { formatDurationS } from '../../i18n/duration.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { outageTimelineStyles } from './outage-timeline.styles.js';

/**
 * The outages of a window on one row per target: a bar from start to end (hatched and open at
 * the right while it goes on). Hovering or focusing a bar (Tab reaches each) shows when, how long
 * and why in words; the outage list next to it holds the same as a table for screen readers.
 *
 * CSS custom properties: see `outage-timeline.styles.ts`.
 */
export class PulseOutageTimeline extends LitElement {
  static override styles = outageTimelineStyles;

  /** Targets, one row each, in display order. */
  @property({ attribute: false }) targets: readonly string[] = [];
  /** Display name of each target slug. */
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();
  /** Outages overlapping the window. */
  @property({ attribute: false }) outages: readonly Outage[] = [];
  /** Start of the window (epoch ms). */
  @property({ attribute: false }) fromMs = 0;
  /** End of the window, now for a rolling one (epoch ms). */
  @property({ attribute: false }) toMs = 0;
  /** Now (epoch ms), for the duration of an ongoing outage. */
  @property({ attribute: false }) nowMs = 0;
  /** Language of labels, times and causes. */
  @property() language: Language = 'vi';

  /** Key of the bar under the pointer or focus. */
  @state() private active: string | null = null;

  private readonly size = new ElementSizeController(this);
  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const { width } = this.size;
    if (width === 0 || this.toMs <= this.fromMs) return html`<div class="sizer"></div>`;
    const geometry = computeOutageTimelineGeometry({
      targets: this.targets,
      outages: this.outages,
      fromMs: this.fromMs,
      toMs: this.toMs,
      width,
      margin: { top: 4, right: 12, bottom: 24, left: Math.min(220, Math.round(width * 0.28)) },
    });
    return html`${this.renderSvg(geometry)}${this.renderTip(geometry)}`;
  }

  private renderSvg(geometry: OutageTimelineGeometry) {
    const messages = messagesFor(this.language);
    const { plot } = geometry;
    const bottom = plot.y + plot.height;
    const byKey = new Map(this.outages.map((o) => [`${o.target}-${o.startedMs}`, o]));
    return html`<svg
      width=${geometry.width}
      height=${geometry.height}
      viewBox="0 0 ${geometry.width} ${geometry.height}"
      role="group"
      aria-label=${messages.timelineTitle}
      data-testid="outage-timeline"
      data-bars=${geometry.bars.length}
    >
      ${geometry.rows.map(
        (row, index) => svg`<rect class="row ${index % 2 ? 'odd' : ''}" x=${plot.x} y=${row.y}
            width=${plot.width} height=${row.height}></rect>
          <text class="name" x=${plot.x - 8} y=${row.y + row.height / 2} dy="0.32em" text-anchor="end">
            ${this.names.get(row.target) ?? row.target}</text>`,
      )}
      ${geometry.xTicks.map(
        (
          tick,
        ) => svg`<line class="grid" x1=${tick.x} x2=${tick.x} y1=${plot.y} y2=${bottom + 4}></line>
          <text class="tick" x=${tick.x} y=${geometry.height - 6} text-anchor="middle">${this.formatters.timeTick(tick.tsMs)}</text>`,
      )}
      ${geometry.bars.map((bar) => {
        const outage = byKey.get(bar.key);
        return svg`<rect
          class="bar ${bar.ongoing ? 'ongoing' : ''} ${this.active === bar.key ? 'active' : ''}"
          data-testid="timeline-bar-${bar.key}"
          tabindex="0"
          role="img"
          aria-label=${outage ? this.describe(outage) : bar.key}
          x=${bar.x}
          y=${bar.y}
          width=${bar.width}
          height=${bar.height}
          @pointerenter=${() => (this.active = bar.key)}
          @pointerleave=${() => (this.active = null)}
          @focus=${() => (this.active = bar.key)}
          @blur=${() => (this.active = null)}
        ></rect>`;
      })}
    </svg>`;
  }

  private renderTip(geometry: OutageTimelineGeometry) {
    const bar = geometry.bars.find((b) => b.key === this.active);
    const outage = this.outages.find((o) => `${o.target}-${o.startedMs}` === this.active);
    if (!bar || !outage) return nothing;
    const left = Math.min(Math.max(0, bar.x), Math.max(0, geometry.width - 320));
    return html`<div
      class="tip"
      role="tooltip"
      data-testid="timeline-tip"
      ${styleProps({ left: `${left}px`, top: `${bar.y + bar.height + 6}px` })}
    >
      ${this.describe(outage)}
    </div>`;
  }

  /** The outage in one sentence: which check, from when to when, how long, and why. */
  private describe(outage: Outage): string {
    const messages = messagesFor(this.language);
    const name = this.names.get(outage.target) ?? outage.target;
    const start = this.formatters.moment(outage.startedMs, this.nowMs);
    const end =
      outage.endedMs === null
        ? messages.outageOngoing
        : this.formatters.moment(outage.endedMs, this.nowMs);
    const seconds =
      outage.endedMs === null
        ? Math.max(0, (this.nowMs - outage.startedMs) / 1000)
        : (outage.durationS ?? (outage.endedMs - outage.startedMs) / 1000);
    return `${name}: ${start} – ${end} (${formatDurationS(seconds, messages)}). ${outage.summary[this.language]}`;
  }
}
