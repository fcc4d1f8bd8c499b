import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../../collector/main.js';
import { buildGrafanaDashboard } from '../../../collector/export/grafana/index.js';
import { newDataDir, startTestCollector } from '../../support/collector.js';

const ADMIN = 'test-admin-token-00001';
const INGEST = 'test-ingest-token-0001';
const VIEWER = 'test-viewer-token-0001';

let collector: RunningCollector;
beforeAll(async () => {
  collector = await startTestCollector(newDataDir(), { viewerToken: VIEWER });
});
afterAll(() => collector?.close());

function get(query: string, token?: string): Promise<Response> {
  return fetch(`${collector.url}/api/v1/export/grafana${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describe('GET /api/v1/export/grafana', () => {
  it.each([
    ['', 'influxql'],
    ['?flavour=influxql', 'influxql'],
    ['?flavour=flux', 'flux'],
  ] as const)('answers %s to the admin with the %s dashboard', async (query, flavour) => {
    const response = await get(query, ADMIN);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toContain(`onestop-pulse-${flavour}.json`);
    expect(await response.json()).toEqual(buildGrafanaDashboard({ flavour }));
  });

  it.each([
    ['no token', undefined, 401],
    ['the viewer token', VIEWER, 403],
    ['the ingest token', INGEST, 403],
    ['a wrong token', 'not-a-token-at-all', 403],
  ])('refuses %s', async (_name, token, status) => {
    const response = await get('', token);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toContain('admin token');
  });

  it('answers 400 with details for an unknown flavour', async () => {
    const response = await get('?flavour=promql', ADMIN);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: string;
      details: { path: string; message: string }[];
    };
    expect(body.details).toEqual([
      { path: 'flavour', message: expect.stringContaining('influxql, flux') as string },
    ]);
  });
});
