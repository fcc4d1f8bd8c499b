import type { PanelQueryName, ResultShape } from './flavour.js';
import type { GrafanaFieldConfig, GrafanaPanel } from './grafana-json.js';

/**
 * One panel of the dashboard, whatever the query language. Titles are Vietnamese, as on our own
 * dashboard (the people who look at it are the centre's staff and the province's IT); the
 * description, shown on hover, says the same in English with the measurement it reads.
 */
export interface PanelSpec {
  query: PanelQueryName;
  type: 'state-timeline' | 'timeseries' | 'table' | 'stat';
  title: string;
  description: string;
  gridPos: GrafanaPanel['gridPos'];
  shape: ResultShape;
  defaults: GrafanaFieldConfig;
  overrides?: GrafanaPanel['fieldConfig']['overrides'];
  options?: Record<string, unknown>;
  /** Shortest GROUP BY interval Grafana may pick (`$__interval`), e.g. the probe interval. */
  interval?: string;
}

const LEGEND = { displayMode: 'list', placement: 'bottom', showLegend: true };
const TOOLTIP = { mode: 'multi', sort: 'none' };
const LINES = {
  drawStyle: 'line',
  lineWidth: 1,
  fillOpacity: 10,
  showPoints: 'never',
  spanNulls: false,
};
const BARS = { drawStyle: 'bars', lineWidth: 1, fillOpacity: 80, showPoints: 'never' };
const STAT = {
  reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
  colorMode: 'value',
  graphMode: 'none',
  justifyMode: 'auto',
  orientation: 'auto',
  textMode: 'auto',
};
/** A series per target, named by its slug (the tag both flavours return). */
const BY_TARGET = { displayName: '${__field.labels.target}' };

/** The panels, top to bottom: connectivity first (IT support), then service (the director). */
export const PANELS: readonly PanelSpec[] = [
  {
    query: 'linkStatus',
    type: 'state-timeline',
    title: 'Trạng thái đường truyền',
    description:
      'Link status per target: up or down, from `link.up`; an interval with any failed probe shows as down.',
    gridPos: { x: 0, y: 0, w: 24, h: 7 },
    shape: 'time_series',
    interval: '10s',
    defaults: {
      ...BY_TARGET,
      color: { mode: 'thresholds' },
      thresholds: {
        mode: 'absolute',
        steps: [
          { value: null, color: 'red' },
          { value: 1, color: 'green' },
        ],
      },
      mappings: [
        {
          type: 'value',
          options: {
            '0': { text: 'Mất kết nối', color: 'red', index: 0 },
            '1': { text: 'Hoạt động', color: 'green', index: 1 },
          },
        },
      ],
      custom: { fillOpacity: 80, lineWidth: 0 },
    },
    options: {
      showValue: 'never',
      mergeValues: true,
      alignValue: 'left',
      rowHeight: 0.9,
      legend: LEGEND,
      tooltip: TOOLTIP,
    },
  },
  {
    query: 'latency',
    type: 'timeseries',
    title: 'Độ trễ',
    description: 'Latency: mean round-trip time per target, in milliseconds (`link.rtt_ms`).',
    gridPos: { x: 0, y: 7, w: 12, h: 8 },
    shape: 'time_series',
    interval: '10s',
    defaults: { ...BY_TARGET, unit: 'ms', min: 0, custom: LINES },
    options: { legend: LEGEND, tooltip: TOOLTIP },
  },
  {
    query: 'loss',
    type: 'timeseries',
    title: 'Tỷ lệ mất gói',
    description: 'Packet loss per target, in percent (`link.loss_pct`).',
    gridPos: { x: 12, y: 7, w: 12, h: 8 },
    shape: 'time_series',
    interval: '10s',
    defaults: { ...BY_TARGET, unit: 'percent', min: 0, max: 100, custom: LINES },
    options: { legend: LEGEND, tooltip: TOOLTIP },
  },
  {
    query: 'outages',
    type: 'table',
    title: 'Các lần mất kết nối',
    description:
      'Outages: target, diagnosed cause, start and duration, newest first (`link_outage`, written when an outage ends).',
    gridPos: { x: 0, y: 15, w: 12, h: 8 },
    shape: 'table',
    defaults: {},
    overrides: [
      {
        matcher: { id: 'byName', options: 'started_ms' },
        properties: [
          { id: 'unit', value: 'dateTimeAsIso' },
          { id: 'displayName', value: 'Bắt đầu' },
        ],
      },
      {
        matcher: { id: 'byName', options: 'duration_s' },
        properties: [
          { id: 'unit', value: 's' },
          { id: 'displayName', value: 'Thời lượng' },
        ],
      },
      {
        matcher: { id: 'byName', options: 'target' },
        properties: [{ id: 'displayName', value: 'Đích' }],
      },
      {
        matcher: { id: 'byName', options: 'cause' },
        properties: [{ id: 'displayName', value: 'Nguyên nhân' }],
      },
    ],
    options: { showHeader: true, cellHeight: 'sm' },
  },
  {
    query: 'queueWaiting',
    type: 'timeseries',
    title: 'Số người đang chờ',
    description:
      'People waiting per field of service, stacked to the centre total (`queue.waiting`).',
    gridPos: { x: 12, y: 15, w: 12, h: 8 },
    shape: 'time_series',
    interval: '10s',
    defaults: {
      displayName: '${__field.labels.field}',
      unit: 'none',
      min: 0,
      decimals: 0,
      custom: { ...LINES, fillOpacity: 30, stacking: { mode: 'normal', group: 'A' } },
    },
    options: { legend: LEGEND, tooltip: TOOLTIP },
  },
  {
    query: 'completionsPerHour',
    type: 'timeseries',
    title: 'Hồ sơ hoàn thành mỗi giờ',
    description: 'Completed services per hour (`ticket` events `service.completed`).',
    gridPos: { x: 0, y: 23, w: 12, h: 8 },
    shape: 'time_series',
    defaults: { unit: 'none', min: 0, decimals: 0, custom: BARS },
    options: { legend: { ...LEGEND, showLegend: false }, tooltip: TOOLTIP },
  },
  {
    query: 'waitPercentiles',
    type: 'timeseries',
    title: 'Thời gian chờ theo ngày (trung vị, P90)',
    description:
      'Waiting time from issue to call, median and 90th percentile per day (`ticket.wait_s` of `ticket.called`).',
    gridPos: { x: 12, y: 23, w: 12, h: 8 },
    shape: 'time_series',
    defaults: { unit: 's', min: 0, custom: { ...LINES, showPoints: 'always', spanNulls: true } },
    options: { legend: LEGEND, tooltip: TOOLTIP },
  },
  {
    query: 'satisfactionMean',
    type: 'stat',
    title: 'Mức độ hài lòng trung bình',
    description:
      'Satisfaction: mean rating in the time range, 1 to 4 (4 = very satisfied; `ticket.rating`).',
    gridPos: { x: 0, y: 31, w: 6, h: 5 },
    shape: 'time_series',
    defaults: {
      min: 1,
      max: 4,
      decimals: 2,
      color: { mode: 'thresholds' },
      thresholds: {
        mode: 'absolute',
        steps: [
          { value: null, color: 'red' },
          { value: 2.5, color: 'orange' },
          { value: 3, color: 'green' },
        ],
      },
    },
    options: STAT,
  },
  {
    query: 'satisfactionShare',
    type: 'stat',
    title: 'Tỷ lệ hài lòng (3–4 điểm)',
    description:
      'Share of ratings of 3 or 4 (satisfied or very satisfied) in the time range, in percent.',
    gridPos: { x: 6, y: 31, w: 6, h: 5 },
    shape: 'time_series',
    defaults: {
      unit: 'percent',
      min: 0,
      max: 100,
      decimals: 0,
      color: { mode: 'thresholds' },
      thresholds: {
        mode: 'absolute',
        steps: [
          { value: null, color: 'red' },
          { value: 80, color: 'orange' },
          { value: 90, color: 'green' },
        ],
      },
    },
    options: STAT,
  },
];
