import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildGrafanaDashboard } from '../../collector/export/grafana/index.js';

describe('Grafana provisioning for docker-compose', () => {
  it('provisions the current export: regenerate with npm run export:grafana-dashboard', () => {
    const committed: unknown = JSON.parse(
      readFileSync('deploy/grafana/dashboards/onestop-pulse.json', 'utf8'),
    );
    expect(committed).toEqual(buildGrafanaDashboard({ flavour: 'influxql' }));
  });

  it('gives Grafana an InfluxQL datasource whose token comes from the environment', () => {
    const { datasources } = parse(
      readFileSync('deploy/grafana/provisioning/datasources/influxdb.yml', 'utf8'),
    ) as { datasources: Record<string, Record<string, string> | string>[] };
    expect(datasources).toHaveLength(1);
    const [datasource] = datasources;
    expect(datasource).toMatchObject({ type: 'influxdb', url: 'http://influxdb:8086' });
    expect(datasource!.jsonData).toMatchObject({ dbName: '$INFLUXDB_BUCKET' });
    expect(datasource!.jsonData).not.toHaveProperty('version', 'Flux');
    expect(datasource!.secureJsonData).toEqual({ httpHeaderValue1: 'Token $INFLUXDB_TOKEN' });
  });

  it('loads dashboards from the folder that compose mounts', () => {
    const { providers } = parse(
      readFileSync('deploy/grafana/provisioning/dashboards/onestop-pulse.yml', 'utf8'),
    ) as { providers: { options: { path: string } }[] };
    expect(readFileSync('docker-compose.yml', 'utf8')).toContain(
      `./deploy/grafana/dashboards:${providers[0]!.options.path}:ro`,
    );
  });
});
