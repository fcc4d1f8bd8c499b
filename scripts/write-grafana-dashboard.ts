// Writes deploy/grafana/dashboards/onestop-pulse.json, the dashboard that docker-compose's Grafana
// provisions, from the current sources (`npm run export:grafana-dashboard`); a test fails when the
// committed file differs from the export.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { buildGrafanaDashboard } from '../collector/export/grafana/index.js';

/** The provisioned file and its flavour: InfluxQL, as the compose datasource speaks it. */
const PROVISIONED_DASHBOARD = {
  path: 'deploy/grafana/dashboards/onestop-pulse.json',
  flavour: 'influxql',
} as const;

const json = JSON.stringify(buildGrafanaDashboard({ flavour: PROVISIONED_DASHBOARD.flavour }));
// Formatted as prettier would, so that `prettier --check .` passes on the generated file.
writeFileSync(PROVISIONED_DASHBOARD.path, await format(json, { parser: 'json' }));
console.log(`wrote ${PROVISIONED_DASHBOARD.path}`);
