import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { ValidationProblem } from '../contracts/validation.js';
import { describeIssue, formatIssuePath } from '../contracts/validation.js';
import { demoCentreConfig, type DemoTargetScope } from './demo-centre.js';
import { pulseConfigSchema, type PulseConfig } from './schema.js';

/** A config that cannot be used, with every problem located by its path (and line, in a file). */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: ValidationProblem[],
  ) {
    super(
      `${source}: ${problems.length} problem(s) in the settings:\n` +
        problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Where the settings came from: a YAML file, or the built-in demo centre when there is none. */
export interface LoadedSettings {
  config: PulseConfig;
  source: { kind: 'file'; path: string } | { kind: 'demo' };
}

/** Environment variables that override keys of the config file (see DESIGN.md, Settings). */
const ENV_OVERRIDES: { name: string; path: string[]; parse: (raw: string) => unknown }[] = [
  { name: 'PULSE_PORT', path: ['server', 'port'], parse: parseNumber },
  { name: 'PULSE_HOST', path: ['server', 'host'], parse: String },
  { name: 'PULSE_DATA_DIR', path: ['server', 'dataDir'], parse: String },
  { name: 'PULSE_INGEST_TOKEN', path: ['auth', 'ingestToken'], parse: String },
  { name: 'PULSE_ADMIN_TOKEN', path: ['auth', 'adminToken'], parse: String },
  { name: 'PULSE_VIEWER_TOKEN', path: ['auth', 'viewerToken'], parse: String },
  { name: 'PULSE_DEMO', path: ['demo', 'enabled'], parse: parseBoolean },
  { name: 'PULSE_INFLUX_URL', path: ['influx', 'url'], parse: String },
  { name: 'PULSE_INFLUX_API', path: ['influx', 'api'], parse: String },
  { name: 'PULSE_INFLUX_TOKEN', path: ['influx', 'token'], parse: String },
  { name: 'PULSE_INFLUX_ORG', path: ['influx', 'org'], parse: String },
  { name: 'PULSE_INFLUX_BUCKET', path: ['influx', 'bucket'], parse: String },
  { name: 'PULSE_INFLUX_DATABASE', path: ['influx', 'database'], parse: String },
  { name: 'PULSE_INFLUX_USERNAME', path: ['influx', 'username'], parse: String },
  { name: 'PULSE_INFLUX_PASSWORD', path: ['influx', 'password'], parse: String },
];

function parseNumber(raw: string): unknown {
  const trimmed = raw.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : raw;
}

function parseBoolean(raw: string): unknown {
  const lower = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(lower)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(lower)) return false;
  return raw;
}

/** Parses and validates YAML text; problems carry the line of the offending key. */
export function parseConfigText(
  text: string,
  sourceName: string,
  env: NodeJS.ProcessEnv = {},
): PulseConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    throw new ConfigError(
      sourceName,
      document.errors.map((error) => ({
        path: `line ${error.linePos?.[0].line ?? '?'}`,
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  const raw: unknown = document.toJS() ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(sourceName, [
      {
        path: '(root)',
        message: 'must be a mapping of settings (key: value), see config/examples/',
      },
    ]);
  }
  return validate(raw as Record<string, unknown>, sourceName, env, (path) => {
    // A missing key has no node: point at the nearest enclosing one that exists.
    for (let depth = path.length; depth > 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  });
}

/** Reads a YAML config file, applies the environment, and validates the result. */
export async function loadConfigFile(
  path: string,
  env: NodeJS.ProcessEnv = {},
): Promise<PulseConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, [
      {
        path: '(file)',
        message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path given by --config or PULSE_CONFIG`,
      },
    ]);
  }
  return parseConfigText(text, path, env);
}

/**
 * Settings for `start`: the file named by `--config` or `PULSE_CONFIG`, else the demo centre.
 * `PULSE_DEMO_TARGETS=local` keeps the demo's probes on this machine (for tests and offline use).
 */
export async function loadSettings(options: {
  configPath?: string | undefined;
  demo?: boolean | undefined;
  env: NodeJS.ProcessEnv;
}): Promise<LoadedSettings> {
  const { env } = options;
  const path = options.configPath ?? env.PULSE_CONFIG;
  if (path) {
    const config = await loadConfigFile(path, env);
    if (options.demo) config.demo.enabled = true;
    return { config, source: { kind: 'file', path } };
  }
  const scope: DemoTargetScope = env.PULSE_DEMO_TARGETS === 'local' ? 'local' : 'all';
  const config = validate(demoCentreConfig(scope), 'demo centre', env, () => undefined);
  config.demo.enabled = true;
  return { config, source: { kind: 'demo' } };
}

function validate(
  raw: Record<string, unknown>,
  sourceName: string,
  env: NodeJS.ProcessEnv,
  lineOf: (path: PropertyKey[]) => number | undefined,
): PulseConfig {
  const fromEnv = new Map<string, string>();
  for (const override of ENV_OVERRIDES) {
    const value = env[override.name];
    if (value === undefined) continue;
    setIn(raw, override.path, override.parse(value));
    fromEnv.set(override.path.join('.'), override.name);
  }
  const result = pulseConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(
    sourceName,
    result.error.issues.map((issue) => {
      const path = formatIssuePath(issue.path);
      const envName = fromEnv.get(issue.path.join('.'));
      const line = envName ? undefined : lineOf(issue.path);
      const where = envName ? ` (from ${envName})` : line ? ` (line ${line})` : '';
      return { path: `${path}${where}`, message: describeIssue(issue) };
    }),
  );
}

function setIn(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}
