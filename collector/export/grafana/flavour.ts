import type { GrafanaDatasourceRef, GrafanaTarget } from './grafana-json.js';

/**
 * The queries every flavour answers, one per panel of the dashboard. A new panel adds its name
 * here, and the compiler then asks every flavour for its query.
 */
export const PANEL_QUERY_NAMES = [
  'linkStatus',
  'latency',
  'loss',
  'outages',
  'queueWaiting',
  'completionsPerHour',
  'waitPercentiles',
  'satisfactionMean',
  'satisfactionShare',
] as const;

/** Name of one panel's query. */
export type PanelQueryName = (typeof PANEL_QUERY_NAMES)[number];

/** How a panel wants its rows: a series per tag set, or one table. */
export type ResultShape = 'time_series' | 'table';

/**
 * One query language for the InfluxDB datasource of Grafana (InfluxQL, Flux…). A flavour knows
 * only its language: the panels, their titles and layout are shared (`panels.ts`).
 */
export interface GrafanaFlavour {
  /** Name used by `?flavour=` and `--flavour`. */
  readonly name: string;
  /** One line for help texts and the dashboard's description. */
  readonly summary: string;
  /** Query of the `site` variable (every centre that sent data). */
  readonly siteVariableQuery: string;
  /** Query of the `target` variable (the link targets of the chosen centre). */
  readonly targetVariableQuery: string;
  /** The panel's query in this language, as Grafana's target of the InfluxDB datasource. */
  target(name: PanelQueryName, shape: ResultShape, datasource: GrafanaDatasourceRef): GrafanaTarget;
}
