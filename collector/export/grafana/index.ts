export {
  buildGrafanaDashboard,
  GRAFANA_DASHBOARD_UID,
  GRAFANA_SCHEMA_VERSION,
  type GrafanaDashboardOptions,
} from './dashboard.js';
export { PANEL_QUERY_NAMES, type GrafanaFlavour, type PanelQueryName } from './flavour.js';
export type {
  GrafanaDashboard,
  GrafanaPanel,
  GrafanaTarget,
  GrafanaVariable,
} from './grafana-json.js';
export {
  DEFAULT_GRAFANA_FLAVOUR,
  GRAFANA_FLAVOUR_NAMES,
  GRAFANA_FLAVOURS,
  type GrafanaFlavourName,
} from './registry.js';
