import { describe, expect, it } from 'vitest';
import { resolveEndpoints } from '../../../../dashboard/src/live/endpoints.js';

describe('resolveEndpoints', () => {
  it.each([
    { page: 'http://192.168.1.10:8080/', live: 'ws://192.168.1.10:8080/api/v1/live' },
    { page: 'https://pulse.example.vn/', live: 'wss://pulse.example.vn/api/v1/live' },
    { page: 'https://example.vn/pulse/index.html', live: 'wss://example.vn/pulse/api/v1/live' },
  ])('connects $page to $live', ({ page, live }) => {
    expect(resolveEndpoints(page).liveUrl).toBe(live);
  });

  it.each([
    { page: 'http://10.0.0.2:8080/', session: 'http://10.0.0.2:8080/api/v1/session' },
    {
      page: 'https://example.vn/pulse/index.html',
      session: 'https://example.vn/pulse/api/v1/session',
    },
  ])('signs in from $page at $session', ({ page, session }) => {
    expect(resolveEndpoints(page).sessionUrl).toBe(session);
  });

  it('forwards nothing of the page address: an old ?token= link puts no secret in any URL', () => {
    const endpoints = resolveEndpoints('http://10.0.0.2:8080/?token=s3cret#x');
    const urls = [
      endpoints.liveUrl,
      endpoints.sessionUrl,
      endpoints.seriesUrl('link.rtt_ms', 1, 2, 'binh-xuyen'),
      endpoints.outagesUrl(1, 2),
    ];
    for (const url of urls) expect(url).not.toMatch(/token|s3cret|#/);
  });

  it('builds the series query with epoch milliseconds and the site', () => {
    const url = new URL(
      resolveEndpoints('http://10.0.0.2:8080/').seriesUrl(
        'link.rtt_ms',
        1764225062123.4,
        1764226000000,
        'binh-xuyen',
      ),
    );
    expect(url.pathname).toBe('/api/v1/series');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      metric: 'link.rtt_ms',
      from: '1764225062123',
      to: '1764226000000',
      site: 'binh-xuyen',
    });
  });
});

describe('outagesUrl', () => {
  it('asks for a window in whole epoch ms, next to the page', () => {
    expect(resolveEndpoints('https://example.vn/pulse/').outagesUrl(1000.7, 2000.2)).toBe(
      'https://example.vn/pulse/api/v1/outages?from=1000&to=2001',
    );
  });
});
