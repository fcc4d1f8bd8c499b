import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, loadSettings, parseConfigText } from '../../config/index.js';
import { main } from '../../cli/main.js';

function problemsOf(
  text: string,
  env: NodeJS.ProcessEnv = {},
): { path: string; message: string }[] {
  try {
    parseConfigText(text, 'test.yaml', env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('settings', () => {
  it('fills every default for an empty file', () => {
    const config = parseConfigText('', 'empty.yaml');
    expect(config.server).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: './data',
      bodyLimitBytes: 1048576,
      ingestRequestsPerMinute: 1200,
      trustedProxyHops: 0,
    });
    expect(config.probes).toMatchObject({ intervalSeconds: 10, timeoutMs: 3000, targets: [] });
    expect(config.demo.enabled).toBe(false);
  });

  it('validates the commented example of the reference centre', async () => {
    const config = await loadConfigFile('config/examples/binh-xuyen.yaml');
    expect(config.site.id).toBe('binh-xuyen');
    expect(config.counters).toHaveLength(6);
    expect(config.probes.targets.map((t) => t.role)).toContain('portal');
  });

  it('lets the environment override the file', () => {
    const config = parseConfigText('server: { port: 9000 }', 'test.yaml', {
      PULSE_PORT: '8181',
      PULSE_DATA_DIR: '/var/lib/pulse',
      PULSE_DEMO: 'true',
      PULSE_INGEST_TOKEN: 'an-ingest-token-of-length',
    });
    expect(config.server.port).toBe(8181);
    expect(config.server.dataDir).toBe('/var/lib/pulse');
    expect(config.demo.enabled).toBe(true);
    expect(config.auth.ingestToken).toBe('an-ingest-token-of-length');
  });

  it.each([
    [
      'a wrong type, with its line',
      'site:\n  id: binh-xuyen\nserver:\n  port: "eighty"\n',
      'server.port (line 4)',
      /number/,
    ],
    ['a bad slug', 'site: { id: "Bình Xuyên" }', 'site.id (line 1)', /slug/],
    [
      'an unknown URL scheme',
      'probes:\n  targets:\n    - { id: a, name: A, role: dns, url: "ftp://x" }\n',
      'probes.targets[0].url (line 3)',
      /tcp:\/\//,
    ],
    [
      'a duplicate id',
      'fields:\n  - { id: a, name: A }\n  - { id: a, name: B }\n',
      'fields[1].id (line 3)',
      /duplicate/,
    ],
    ['a YAML syntax error', 'site: [unclosed', 'line 1', /YAML syntax/],
  ])('locates %s', (_what, text, path, message) => {
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.message).toMatch(message);
  });

  it('names the environment variable at fault', () => {
    expect(problemsOf('', { PULSE_PORT: 'abc' })).toEqual([
      { path: 'server.port (from PULSE_PORT)', message: expect.stringMatching(/number/) as string },
    ]);
  });

  it('runs the demo centre when no config is given', async () => {
    const settings = await loadSettings({ env: {} });
    expect(settings.source).toEqual({ kind: 'demo' });
    expect(settings.config.demo.enabled).toBe(true);
    expect(settings.config.counters).toHaveLength(6);
    expect(settings.config.probes.targets.map((t) => t.role)).toEqual([
      'local',
      'gateway',
      'dns',
      'dns',
      'portal',
      'portal',
    ]);
    const local = await loadSettings({ env: { PULSE_DEMO_TARGETS: 'local' } });
    expect(local.config.probes.targets.map((t) => t.id)).toEqual(['collector']);
  });
});

describe('onestop-pulse check-config', () => {
  it('prints every problem with its path and exits non-zero', async () => {
    const file = `${process.env.TMPDIR ?? '/tmp'}/pulse-bad-${process.pid}.yaml`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'server:\n  port: -1\nfields:\n  - { id: "A B" }\n');
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      expect(await main(['check-config', file], {})).toBe(1);
    } finally {
      console.error = original;
    }
    const output = errors.join('\n');
    expect(output).toContain('server.port (line 2)');
    expect(output).toContain('fields[0].id (line 4)');
    expect(output).toContain('fields[0].name (line 4)');
  });

  it('accepts the example and exits 0', async () => {
    const lines: string[] = [];
    const original = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      expect(await main(['check-config', 'config/examples/binh-xuyen.yaml'], {})).toBe(0);
    } finally {
      console.log = original;
    }
    expect(lines.join('')).toMatch(/valid/);
    expect(readFileSync('config/examples/binh-xuyen.yaml', 'utf8')).toMatch(/^# /);
  });
});
