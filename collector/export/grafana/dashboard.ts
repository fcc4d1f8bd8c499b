import type { GrafanaFlavour } from './flavour.js';
import type {
  GrafanaDashboard,
  GrafanaDatasourceRef,
  GrafanaPanel,
  GrafanaVariable,
} from './grafana-json.js';
import { PANELS } from './panels.js';
import { DEFAULT_GRAFANA_FLAVOUR, GRAFANA_FLAVOURS, type GrafanaFlavourName } from './registry.js';

/** Stable uid: a re-import or a provisioned file replaces the dashboard instead of adding one. */
export const GRAFANA_DASHBOARD_UID = 'onestop-pulse';
/** Dashboard JSON schema version of current Grafana (12.x); older versions migrate on import. */
export const GRAFANA_SCHEMA_VERSION = 42;

/** Every panel reads the datasource chosen in the `datasource` variable. */
const DATASOURCE: GrafanaDatasourceRef = { type: 'influxdb', uid: '${datasource}' };

/** What `buildGrafanaDashboard` takes. */
export interface GrafanaDashboardOptions {
  /** Query language of the panels; default `influxql`. */
  flavour?: GrafanaFlavourName;
}

/**
 * The Grafana dashboard of OneStop Pulse for the InfluxDB schema the forwarder writes: a pure
 * function of its options, so the API, the CLI and the provisioned file give the same JSON.
 */
export function buildGrafanaDashboard({
  flavour = DEFAULT_GRAFANA_FLAVOUR,
}: GrafanaDashboardOptions = {}): GrafanaDashboard {
  const language = GRAFANA_FLAVOURS[flavour];
  return {
    uid: GRAFANA_DASHBOARD_UID,
    title: 'OneStop Pulse',
    description:
      'Link health and service of one-stop administrative service centres, from the InfluxDB data ' +
      `that OneStop Pulse collectors forward. Queries: ${language.summary}.`,
    tags: ['onestop-pulse', language.name],
    timezone: 'browser',
    editable: true,
    graphTooltip: 1,
    schemaVersion: GRAFANA_SCHEMA_VERSION,
    version: 1,
    refresh: '30s',
    time: { from: 'now-24h', to: 'now' },
    timepicker: {},
    fiscalYearStartMonth: 0,
    liveNow: false,
    weekStart: 'monday',
    links: [],
    annotations: {
      list: [
        {
          builtIn: 1,
          datasource: { type: 'grafana', uid: '-- Grafana --' },
          enable: true,
          hide: true,
          iconColor: 'rgba(0, 211, 255, 1)',
          name: 'Annotations & Alerts',
          type: 'dashboard',
        },
      ],
    },
    templating: { list: variables(language) },
    panels: PANELS.map((spec, index): GrafanaPanel => ({
      id: index + 1,
      type: spec.type,
      title: spec.title,
      description: spec.description,
      gridPos: spec.gridPos,
      datasource: DATASOURCE,
      targets: [language.target(spec.query, spec.shape, DATASOURCE)],
      fieldConfig: { defaults: spec.defaults, overrides: spec.overrides ?? [] },
      options: spec.options ?? {},
      ...(spec.interval ? { interval: spec.interval } : {}),
    })),
  };
}

/** The datasource, `site` and `target` variables, in the order Grafana resolves them. */
function variables(language: GrafanaFlavour): GrafanaVariable[] {
  return [
    {
      // No `current`: Grafana picks the default InfluxDB datasource on import.
      type: 'datasource',
      name: 'datasource',
      label: 'Nguồn dữ liệu',
      description: `InfluxDB datasource; its query language must be ${language.name === 'flux' ? 'Flux' : 'InfluxQL'}.`,
      query: 'influxdb',
      options: [],
      multi: false,
      includeAll: false,
      refresh: 1,
      regex: '',
      hide: 0,
    },
    {
      // Single value: a province switches between its centres.
      type: 'query',
      name: 'site',
      label: 'Trung tâm',
      description: 'Centre (site slug) whose data the panels show.',
      query: language.siteVariableQuery,
      datasource: DATASOURCE,
      options: [],
      multi: false,
      includeAll: false,
      refresh: 1,
      regex: '',
      sort: 1,
      hide: 0,
    },
    {
      type: 'query',
      name: 'target',
      label: 'Đích kiểm tra',
      description: 'Link targets of the chosen centre; several may be chosen, or All.',
      query: language.targetVariableQuery,
      datasource: DATASOURCE,
      current: { text: ['All'], value: ['$__all'] },
      options: [],
      multi: true,
      includeAll: true,
      // `.*` rather than a list of every value: the query matches targets added since the load.
      allValue: '.*',
      refresh: 1,
      regex: '',
      sort: 1,
      hide: 0,
    },
  ];
}
