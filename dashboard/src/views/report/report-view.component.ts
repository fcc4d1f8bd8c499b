import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { WeeklyReport } from '../../../../contracts/report.js';
import { ElementSizeController } from '../../controllers/element-size-controller.js';
import { styleProps } from '../../directives/style-props.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { isoWeekParts, weekRangeText } from '../../report/iso-week.js';
import type { ReportState } from '../../report/report-controller.js';
import '../../components/procedures-chart/procedures-chart.js';
import '../../components/report-outages/report-outages.js';
import '../../components/report-tiles/report-tiles.js';
import '../../components/wait-chart/wait-chart.js';
import '../../components/week-picker/week-picker.js';
import { reportViewStyles } from './report-view.styles.js';

/** The sheet's design size (px): one 16:9 slide, the size of the PNG export. */
export const SHEET_WIDTH = 1920;
export const SHEET_HEIGHT = 1080;
/** Drawing sizes of the two charts on the sheet (px). */
const PROCEDURES_CHART = { width: 1040, height: 330 };
const WAIT_CHART = { width: 660, height: 330 };

/**
 * The weekly report for the briefing meeting (giao ban tuần): a toolbar (week picker, "Xuất ảnh
 * PNG", print) above one 1920 × 1080 sheet with the week's figures, procedures per day and field,
 * waiting times per day and the outages. The sheet is scaled down to fit narrower windows; the PNG
 * and the CLI render it at full size. It says `data-ready="true"` once the figures are drawn.
 *
 * @event pulse-week-change - Bubbles up from the week picker; the container changes the route.
 */
export class PulseReportView extends LitElement {
  static override styles = reportViewStyles;

  /** The report, or what is happening instead (from the container's `ReportController`). */
  @property({ attribute: false }) state: ReportState = { status: 'idle' };
  /** Now on the collector's clock (epoch ms): the current week, "figures up to". */
  @property({ type: Number }) nowMs = 0;
  /** Language of the page. */
  @property() language: Language = 'vi';

  /** An export is running, or failed. */
  @state() private exporting: 'idle' | 'busy' | 'failed' = 'idle';

  private readonly frameSize = new ElementSizeController(this, () =>
    this.renderRoot.querySelector('.frame'),
  );
  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const report = this.state.status === 'ready' ? this.state.report : null;
    const width = this.frameSize.width;
    const scale = width > 0 ? Math.min(1, width / SHEET_WIDTH) : 1;
    return html`<div class="toolbar">
        <pulse-week-picker
          .mondayMs=${report?.fromMs ?? null}
          .nowMs=${this.nowMs}
          .language=${this.language}
        ></pulse-week-picker>
        <span class="spacer"></span>
        <span class="export-problem" role="status" data-testid="report-export-problem"
          >${this.exporting === 'failed' ? messages.reportExportFailed : ''}</span
        >
        <button
          type="button"
          data-testid="report-export"
          ?disabled=${report === null || this.exporting === 'busy'}
          @click=${() => void this.exportPng(report!)}
        >
          ${this.exporting === 'busy' ? messages.reportExporting : messages.reportExport}
        </button>
        <button type="button" data-testid="report-print" @click=${() => window.print()}>
          ${messages.reportPrint}
        </button>
      </div>
      <div class="frame" ${styleProps({ '--sheet-scale': String(scale) })}>
        <article
          class="sheet"
          data-testid="report-sheet"
          data-ready=${report ? 'true' : 'false'}
          data-week=${report?.week ?? ''}
          aria-busy=${report ? 'false' : 'true'}
        >
          ${report ? this.renderReport(report) : this.renderStatus()}
        </article>
      </div>`;
  }

  private renderStatus() {
    const messages = messagesFor(this.language);
    if (this.state.status === 'failed') {
      return html`<div
        class="status"
        role="alert"
        data-testid="report-failed"
        data-reason=${this.state.unauthorized ? 'unauthorized' : 'failed'}
      >
        <h2>${messages.reportFailed}</h2>
        <p>${messages.reportFailedHint}</p>
      </div>`;
    }
    return html`<div class="status" role="status" data-testid="report-loading">
      <p>${messages.reportLoading}</p>
    </div>`;
  }

  private renderReport(report: WeeklyReport) {
    const messages = messagesFor(this.language);
    const parts = isoWeekParts(report.week);
    const title = `${messages.reportWeekTitle} ${parts?.week ?? ''}/${parts?.year ?? ''}`;
    const range = weekRangeText(report.days[0]!.day, report.days[6]!.day);
    const inProgress = this.nowMs >= report.fromMs && this.nowMs < report.toMs;
    return html`<header>
        <div>
          <div class="centre" data-testid="report-centre">${report.siteName}</div>
          <h2 data-testid="report-title">${title} (${range})</h2>
        </div>
        <div class="meta">
          ${
            report.demo
              ? html`<span class="demo" data-testid="demo-badge">${messages.demoBadge}</span>`
              : nothing
          }
          ${
            inProgress
              ? html`<span class="progress" data-testid="report-in-progress"
                  >${messages.reportInProgress} ${this.formatters.dateTime(this.nowMs)}</span
                >`
              : nothing
          }
        </div>
      </header>
      <pulse-report-tiles
        .totals=${report.totals}
        .previous=${report.previousTotals}
        .targetWaitSeconds=${report.targetWaitSeconds}
        .language=${this.language}
      ></pulse-report-tiles>
      <div class="charts">
        <section class="card">
          <h3>${messages.chartProceduresTitle}</h3>
          <pulse-procedures-chart
            .days=${report.days}
            .fields=${report.fields}
            .width=${PROCEDURES_CHART.width}
            .height=${PROCEDURES_CHART.height}
            .language=${this.language}
          ></pulse-procedures-chart>
        </section>
        <section class="card">
          <h3>${messages.chartWaitTitle}</h3>
          <pulse-wait-chart
            .days=${report.days}
            .targetWaitSeconds=${report.targetWaitSeconds}
            .width=${WAIT_CHART.width}
            .height=${WAIT_CHART.height}
            .language=${this.language}
          ></pulse-wait-chart>
        </section>
      </div>
      <section class="card outages">
        <h3>${messages.reportOutagesTitle}</h3>
        <pulse-report-outages
          .outages=${report.outages}
          .limit=${4}
          .language=${this.language}
        ></pulse-report-outages>
      </section>
      <footer>${messages.appName} · ${messages.appSubtitle}</footer>`;
  }

  private async exportPng(report: WeeklyReport): Promise<void> {
    const sheet = this.renderRoot.querySelector('.sheet');
    if (!sheet) return;
    this.exporting = 'busy';
    try {
      // Loaded on demand: the serialiser is not needed to look at the report.
      const { renderElementToPng, saveBlob } = await import('../../report/export-png.js');
      const png = await renderElementToPng(sheet, { width: SHEET_WIDTH, height: SHEET_HEIGHT });
      saveBlob(png, `bao-cao-tuan-${report.site}-${report.week}.png`);
      this.exporting = 'idle';
    } catch (error) {
      console.warn('OneStop Pulse: the PNG export failed', error);
      this.exporting = 'failed';
    }
  }
}
