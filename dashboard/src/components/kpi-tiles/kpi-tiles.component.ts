import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { QueueKpis } from '../../../../contracts/queue.js';
import { formatWaitMinutes } from '../../i18n/elapsed.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { messagesFor, type Language } from '../../i18n/language.js';
import { kpiTilesStyles } from './kpi-tiles.styles.js';

/**
 * Today's headline figures of the site: how long half and nine in ten citizens waited, the share
 * called within the target wait, and the no-show rate. "chưa có" where nothing was measured yet.
 */
export class PulseKpiTiles extends LitElement {
  static override styles = kpiTilesStyles;

  /** Today's figures, or null before any (or from a collector without them). */
  @property({ attribute: false }) kpis: QueueKpis | null = null;
  /** Language of labels and numbers. */
  @property() language: Language = 'vi';

  private formatters: Formatters = formattersFor('vi');

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('language')) this.formatters = formattersFor(this.language);
  }

  override render() {
    const messages = messagesFor(this.language);
    const site = this.kpis?.site ?? null;
    const wait = (seconds: number | null | undefined) =>
      seconds === null || seconds === undefined ? null : formatWaitMinutes(seconds, messages);
    const share = (value: number | null | undefined) =>
      value === null || value === undefined ? null : this.formatters.percent(value);
    const target = formatWaitMinutes(this.kpis?.targetWaitSeconds ?? 900, messages);
    const tiles = [
      ['kpi-wait-p50', messages.kpiWaitP50, wait(site?.waitP50Seconds), site?.waitP50Seconds],
      ['kpi-wait-p90', messages.kpiWaitP90, wait(site?.waitP90Seconds), site?.waitP90Seconds],
      [
        'kpi-within-target',
        `${messages.kpiWithinTarget} ${target}`,
        share(site?.servedWithinTargetShare),
        site?.servedWithinTargetShare,
      ],
      ['kpi-no-show', messages.kpiNoShow, share(site?.noShowRate), site?.noShowRate],
    ] as const;
    return html`<dl>
      ${tiles.map(
        ([testId, label, text, value]) =>
          html`<div class="tile">
            <dt>${label}</dt>
            <dd
              class=${text === null ? 'none' : ''}
              data-testid=${testId}
              data-value=${value === null || value === undefined ? '' : value}
            >
              ${text ?? messages.kpiNone}
            </dd>
          </div>`,
      )}
    </dl>`;
  }
}
