import { Point } from '@influxdata/influxdb-client';
import { describe, expect, it } from 'vitest';
import type { Sample } from '../../../contracts/sample.js';
import { sampleToLine, seriesKeyOf } from '../../../collector/forward/line-protocol.js';

/** The official client's `Point`, as the reference for what the hand-built line must equal. */
function referenceLine(sample: Sample, tagNames: string[], integers: string[]): string {
  const point = new Point(sample.measurement);
  const values = [sample.site, sample.target, sample.probe];
  tagNames.forEach((name, index) => {
    if (name) point.tag(name, values[index]!);
  });
  for (const [name, value] of Object.entries(sample.fields)) {
    if (integers.includes(name)) point.intField(name, Math.round(value));
    else point.floatField(name, value);
  }
  return point.timestamp(sample.ts).toLineProtocol()!;
}

const linkSample: Sample = {
  ts: 1_790_000_000_123,
  site: 'xa-binh-xuyen',
  measurement: 'link',
  target: 'dichvucong',
  probe: 'http',
  fields: { up: 1, rtt_ms: 42, loss_pct: 0.5, http_status: 200, tls_days_left: 12.6 },
};

describe('sampleToLine', () => {
  it('writes what the official client writes: sorted tags, integers with i, whole floats as floats', () => {
    const line = sampleToLine(linkSample);
    expect(line).toBe(
      referenceLine(
        linkSample,
        ['site', 'target', 'probe'],
        ['up', 'http_status', 'tls_days_left'],
      ),
    );
    expect(line).toBe(
      'link,probe=http,site=xa-binh-xuyen,target=dichvucong http_status=200i,loss_pct=0.5,rtt_ms=42,tls_days_left=13i,up=1i 1790000000123',
    );
  });

  it('names the target tag per measurement and leaves out the probe where the schema has none', () => {
    const iface = { ...linkSample, measurement: 'iface', target: 'eth0', fields: { rx_bps: 1e6 } };
    expect(sampleToLine(iface)).toBe(referenceLine(iface, ['site', 'iface', ''], []));
    const queue = {
      ...linkSample,
      measurement: 'queue',
      target: 'dat-dai',
      fields: { waiting: 3 },
    };
    expect(sampleToLine(queue)).toBe(referenceLine(queue, ['site', 'field', ''], ['waiting']));
  });

  it('escapes commas, spaces, equals signs and line breaks in names exactly as the client does', () => {
    const hostile = {
      ...linkSample,
      site: 'a b,c=d',
      target: 'x\ny\tz\\',
      measurement: 'li nk,2',
      fields: { 'rtt ms,=': 1.25, up: 0 },
    };
    expect(sampleToLine(hostile)).toBe(referenceLine(hostile, ['site', 'target', 'probe'], ['up']));
    expect(sampleToLine(hostile)).not.toContain('\n');
  });

  it('writes fields in name order whatever order they came in', () => {
    const shuffled = {
      ...linkSample,
      fields: { up: 1, rtt_ms: 3.5, loss_pct: 0, http_status: 200 },
    };
    expect(sampleToLine(shuffled)).toContain(' http_status=200i,loss_pct=0,rtt_ms=3.5,up=1i ');
    expect(sampleToLine(shuffled)).toBe(
      referenceLine(shuffled, ['site', 'target', 'probe'], ['up', 'http_status']),
    );
  });

  it('uses a series key computed once the same way as a fresh one', () => {
    const key = seriesKeyOf(linkSample);
    expect(sampleToLine({ ...linkSample, ts: 5 }, key)).toBe(
      sampleToLine({ ...linkSample, ts: 5 }),
    );
  });

  it('never throws on an integer beyond 64 bits: the line is refused by InfluxDB and quarantined', () => {
    const huge = { ...linkSample, fields: { up: 1e300 } };
    expect(() => referenceLine(huge, ['site', 'target', 'probe'], ['up'])).toThrow();
    expect(sampleToLine(huge)).toContain('up=1e+300i');
  });
});
