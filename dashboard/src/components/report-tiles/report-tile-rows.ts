import type { ReportFigures } from '../../../../contracts/report.js';
import type { Messages } from '../../i18n/catalogue-vi.js';
import { formatDurationS } from '../../i18n/duration.js';
import { formatWaitMinutes } from '../../i18n/elapsed.js';
import type { Formatters } from '../../i18n/format.js';
import { compareFigure, type FigureChange } from '../../report/compare.js';

/** One headline figure of the week, in words, with its change since the week before. */
export interface ReportTile {
  /** Test hook suffix: `report-tile-<id>`. */
  id: 'procedures' | 'wait' | 'within-target' | 'satisfaction' | 'no-shows' | 'outage';
  label: string;
  /** The figure as shown; `kpiNone` when nothing was measured. */
  value: string;
  /** The raw figure for tests and tools (`data-value`); '' when there is none. */
  dataValue: string;
  /** A second line under the figure, or null. */
  detail: string | null;
  change: FigureChange & { text: string };
}

type Unit = 'count' | 'wait' | 'share' | 'minutes';

/**
 * The six tiles of the weekly report: procedures, waiting time, on-time share, satisfaction,
 * no-shows, outage time and what it cost the counters. Each says its change in words ("tăng 12
 * (+4%) so với tuần trước"), never in colour alone.
 */
export function reportTiles(
  totals: ReportFigures,
  previous: ReportFigures,
  targetWaitSeconds: number,
  messages: Messages,
  formatters: Formatters,
): ReportTile[] {
  const none = messages.kpiNone;
  const wait = (seconds: number | null) =>
    seconds === null ? none : formatWaitMinutes(seconds, messages);
  const share = (value: number | null) => (value === null ? none : formatters.percent(value));
  const minutes = (value: number) => minutesText(value, messages, formatters);
  const raw = (value: number | null) => (value === null ? '' : String(value));
  const change = (
    current: number | null,
    before: number | null,
    better: 'higher' | 'lower',
    unit: Unit,
  ) => {
    const figure = compareFigure(current, before, better, unit === 'share' ? 0.005 : 1e-9);
    return { ...figure, text: changeText(figure, unit, messages, formatters) };
  };
  return [
    {
      id: 'procedures',
      label: messages.tileProcedures,
      value: formatters.count(totals.procedures),
      dataValue: String(totals.procedures),
      detail: `${formatters.count(totals.issued)} ${messages.tileTicketsIssued}`,
      change: change(totals.procedures, previous.procedures, 'higher', 'count'),
    },
    {
      id: 'wait',
      label: messages.tileWait,
      value: wait(totals.waitP50Seconds),
      dataValue: raw(totals.waitP50Seconds),
      detail: `${messages.tileWaitP90} ${wait(totals.waitP90Seconds)}`,
      change: change(totals.waitP50Seconds, previous.waitP50Seconds, 'lower', 'wait'),
    },
    {
      id: 'within-target',
      label: `${messages.tileWithinTarget} ${formatWaitMinutes(targetWaitSeconds, messages)}`,
      value: share(totals.servedWithinTargetShare),
      dataValue: raw(totals.servedWithinTargetShare),
      detail: null,
      change: change(
        totals.servedWithinTargetShare,
        previous.servedWithinTargetShare,
        'higher',
        'share',
      ),
    },
    {
      id: 'satisfaction',
      label: messages.tileSatisfaction,
      value: share(totals.satisfiedShare),
      dataValue: raw(totals.satisfiedShare),
      detail: `${formatters.count(totals.ratings)} ${messages.ratingsCount}`,
      change: change(totals.satisfiedShare, previous.satisfiedShare, 'higher', 'share'),
    },
    {
      id: 'no-shows',
      label: messages.tileNoShows,
      value: formatters.count(totals.noShows),
      dataValue: String(totals.noShows),
      detail:
        totals.noShowRate === null
          ? null
          : `${formatters.percent(totals.noShowRate)} ${messages.tileNoShowRate}`,
      change: change(totals.noShows, previous.noShows, 'lower', 'count'),
    },
    {
      id: 'outage',
      label: messages.tileOutage,
      value: minutes(totals.outageMinutes),
      dataValue: String(totals.outageMinutes),
      detail: `${minutes(totals.lostCounterMinutes)} ${messages.tileLostCounterTime}`,
      change: change(totals.outageMinutes, previous.outageMinutes, 'lower', 'minutes'),
    },
  ];
}

/** Whole minutes in words: `0 phút`, `45 phút`, `2 giờ 5 phút`. */
function minutesText(value: number, messages: Messages, formatters: Formatters): string {
  if (value < 60) return `${formatters.count(value)} ${messages.durationMinutes}`;
  return formatDurationS(value * 60, messages);
}

/** "tăng 12 (+4%) so với tuần trước", "giảm 3 điểm % so với tuần trước", "không đổi …". */
function changeText(
  change: FigureChange,
  unit: Unit,
  messages: Messages,
  formatters: Formatters,
): string {
  if (change.direction === 'none') return messages.reportNoPrevious;
  if (change.direction === 'same') return `${messages.reportSame} ${messages.reportVsPrevious}`;
  const size = Math.abs(change.delta);
  let amount: string;
  switch (unit) {
    case 'count':
      amount =
        formatters.count(size) +
        (change.relative === null
          ? ''
          : ` (${change.relative > 0 ? '+' : '−'}${formatters.percent(Math.abs(change.relative))})`);
      break;
    case 'wait':
      amount = formatWaitMinutes(size, messages);
      break;
    case 'share':
      amount = `${formatters.count(Math.round(size * 100))} ${messages.reportPercentPoints}`;
      break;
    case 'minutes':
      amount = minutesText(size, messages, formatters);
      break;
  }
  const verb = change.direction === 'up' ? messages.reportUp : messages.reportDown;
  return `${verb} ${amount} ${messages.reportVsPrevious}`;
}
