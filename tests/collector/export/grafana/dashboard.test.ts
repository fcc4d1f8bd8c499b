import type { Dashboard } from '@grafana/schema';
import { describe, expect, it } from 'vitest';
import {
  buildGrafanaDashboard,
  GRAFANA_FLAVOUR_NAMES,
  PANEL_QUERY_NAMES,
} from '../../../../collector/export/grafana/index.js';

/**
 * `Dashboard` as JSON holds it: @grafana/schema types some properties with string enums
 * (`ThresholdsMode`, `MappingType`, …), which a literal such as "absolute" cannot satisfy in
 * TypeScript although it is exactly what Grafana stores. This maps each string enum to the union
 * of its values and leaves every other type as it is.
 */
type AsJson<T> = T extends string
  ? string extends T
    ? T
    : `${T}`
  : T extends readonly (infer U)[]
    ? AsJson<U>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;

// Compile-time check against Grafana's own dashboard model: `tsc --noEmit` (npm run lint) fails
// here when the export stops fitting `Dashboard` of @grafana/schema.
const typed: Record<string, AsJson<Dashboard>> = Object.fromEntries(
  GRAFANA_FLAVOUR_NAMES.map((flavour) => [flavour, buildGrafanaDashboard({ flavour })]),
);

describe.each(GRAFANA_FLAVOUR_NAMES)('the Grafana dashboard, %s flavour', (flavour) => {
  const dashboard = buildGrafanaDashboard({ flavour });

  it('fits the Dashboard type of @grafana/schema', () => {
    expect(typed[flavour]).toEqual(dashboard);
  });

  it('has the stable uid and the current schema version', () => {
    expect(dashboard.uid).toBe('onestop-pulse');
    expect(dashboard.schemaVersion).toBe(42);
  });

  it('has a datasource variable, a single-value site and a multi-value target with All', () => {
    const [datasource, site, target] = dashboard.templating.list;
    expect(datasource).toMatchObject({ type: 'datasource', name: 'datasource', query: 'influxdb' });
    expect(site).toMatchObject({ type: 'query', name: 'site', multi: false });
    expect(target).toMatchObject({ type: 'query', name: 'target', multi: true, includeAll: true });
    expect(target!.query).toMatch(flavour === 'flux' ? /\$\{site:regex\}/ : /\$site/);
  });

  it('has every panel, each reading the chosen datasource', () => {
    expect(dashboard.panels.map((panel) => panel.type)).toEqual([
      'state-timeline',
      'timeseries',
      'timeseries',
      'table',
      'timeseries',
      'timeseries',
      'timeseries',
      'stat',
      'stat',
    ]);
    expect(dashboard.panels).toHaveLength(PANEL_QUERY_NAMES.length);
    for (const panel of dashboard.panels) {
      expect(panel.datasource).toEqual({ type: 'influxdb', uid: '${datasource}' });
      expect(panel.targets[0]!.query.length).toBeGreaterThan(0);
      expect(panel.title).not.toBe('');
    }
    expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
  });

  it('lays the panels out on the 24-column grid without overlaps', () => {
    const cells = new Set<string>();
    for (const { gridPos } of dashboard.panels) {
      expect(gridPos.x + gridPos.w).toBeLessThanOrEqual(24);
      for (let x = gridPos.x; x < gridPos.x + gridPos.w; x++)
        for (let y = gridPos.y; y < gridPos.y + gridPos.h; y++) {
          expect(cells.has(`${x},${y}`)).toBe(false);
          cells.add(`${x},${y}`);
        }
    }
  });
});

describe('the flavours', () => {
  it('default to InfluxQL', () => {
    expect(buildGrafanaDashboard()).toEqual(buildGrafanaDashboard({ flavour: 'influxql' }));
  });

  it('quote every InfluxQL identifier, so that the keyword "field" never breaks a query', () => {
    const queries = buildGrafanaDashboard({ flavour: 'influxql' }).panels.map(
      (panel) => panel.targets[0]!.query,
    );
    for (const query of queries) {
      expect(query).not.toMatch(/FROM [a-z]/);
      expect(query).not.toMatch(/[(,] ?field\b/);
    }
  });

  it('give Flux queries that read the bucket and time range of the datasource', () => {
    for (const panel of buildGrafanaDashboard({ flavour: 'flux' }).panels) {
      expect(panel.targets[0]!.query).toContain('from(bucket: v.defaultBucket)');
      expect(panel.targets[0]!.query).toContain(
        'range(start: v.timeRangeStart, stop: v.timeRangeStop)',
      );
    }
  });
});
