/**
 * The parts of Grafana's dashboard JSON model that the export writes. Kept as plain type aliases
 * (not interfaces) so that they stay assignable to `@grafana/schema`'s `Dashboard`, which a test
 * checks at compile time; `@grafana/schema` itself is only a dev dependency.
 */

/** A reference to a datasource; `uid` may be a variable such as `${datasource}`. */
export type GrafanaDatasourceRef = { type: string; uid: string };

/** One query of a panel, in the datasource's own shape (`query` holds InfluxQL or Flux). */
export type GrafanaTarget = {
  refId: string;
  datasource: GrafanaDatasourceRef;
  query: string;
  [key: string]: unknown;
};

/** Options of a field, as in Grafana's `FieldConfig`. */
export type GrafanaFieldConfig = {
  unit?: string;
  min?: number;
  max?: number;
  decimals?: number;
  displayName?: string;
  noValue?: string;
  color?: { mode: 'thresholds' | 'palette-classic' | 'fixed'; fixedColor?: string };
  thresholds?: {
    mode: 'absolute' | 'percentage';
    steps: { value: number | null; color: string }[];
  };
  mappings?: {
    type: 'value';
    options: Record<string, { text?: string; color?: string; index?: number }>;
  }[];
  custom?: Record<string, unknown>;
};

/** A panel of the dashboard. */
export type GrafanaPanel = {
  id: number;
  type: string;
  title: string;
  description: string;
  gridPos: { x: number; y: number; w: number; h: number };
  datasource: GrafanaDatasourceRef;
  targets: GrafanaTarget[];
  fieldConfig: {
    defaults: GrafanaFieldConfig;
    overrides: {
      matcher: { id: string; options?: unknown };
      properties: { id: string; value?: unknown }[];
    }[];
  };
  options: Record<string, unknown>;
  interval?: string;
  maxDataPoints?: number;
};

/** A template variable (`type` as in Grafana: `datasource`, `query`, …). */
export type GrafanaVariable = {
  type: 'datasource' | 'query';
  name: string;
  label: string;
  description: string;
  query: string;
  datasource?: GrafanaDatasourceRef;
  /** Omitted: Grafana picks the default datasource, or the first value. */
  current?: { text: string | string[]; value: string | string[] };
  options: never[];
  multi: boolean;
  includeAll: boolean;
  allValue?: string;
  refresh: 1 | 2;
  regex: string;
  sort?: number;
  hide: 0;
};

/** The whole dashboard, ready for Grafana's import or file provisioning. */
export type GrafanaDashboard = {
  uid: string;
  title: string;
  description: string;
  tags: string[];
  timezone: string;
  editable: boolean;
  graphTooltip: 0 | 1 | 2;
  schemaVersion: number;
  version: number;
  refresh: string;
  time: { from: string; to: string };
  timepicker: Record<string, never>;
  fiscalYearStartMonth: number;
  liveNow: boolean;
  weekStart: string;
  links: never[];
  annotations: {
    list: {
      builtIn: number;
      datasource: GrafanaDatasourceRef;
      enable: boolean;
      hide: boolean;
      iconColor: string;
      name: string;
      type: string;
    }[];
  };
  templating: { list: GrafanaVariable[] };
  panels: GrafanaPanel[];
};
