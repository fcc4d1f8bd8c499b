import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** The ping tools the icmp probe can drive, in order of preference. */
export type PingToolName = 'fping' | 'ping';

/** A ping tool found on this machine. */
export interface PingTool {
  name: PingToolName;
  /** Absolute path of the executable. */
  path: string;
}

/**
 * Directories searched besides `PATH`: Debian installed fping in /usr/sbin before bookworm, and a
 * service account's `PATH` often lacks the sbin directories.
 */
export const SYSTEM_BIN_DIRS: readonly string[] = ['/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** fping when installed, else iputils ping, else undefined; `searchDirs` in order. */
export async function findPingTool(searchDirs: readonly string[]): Promise<PingTool | undefined> {
  for (const name of ['fping', 'ping'] as const) {
    for (const dir of searchDirs) {
      const path = join(dir, name);
      if (await isExecutable(path)) return { name, path };
    }
  }
  return undefined;
}

/** `PATH` split into directories, then the system ones. */
export function defaultSearchDirs(pathEnv: string | undefined): string[] {
  const fromPath = (pathEnv ?? '').split(delimiter).filter((dir) => dir.length > 0);
  return [...new Set([...fromPath, ...SYSTEM_BIN_DIRS])];
}

/** How one round is asked of each tool. */
export interface PingRoundPlan {
  host: string;
  /** Echo requests in the round. */
  count: number;
  /** Time between two requests, in ms. */
  periodMs: number;
  /** Time a request waits for its reply, in ms. */
  timeoutMs: number;
}

/**
 * Command-line arguments of one round. fping: count mode, quiet, `-t` the reply timeout (it must
 * exceed the RTT, or fping reports 100% loss). ping: numeric, `-W` the reply timeout in seconds.
 * `--` keeps a host that starts with `-` from being read as an option.
 */
export function pingArguments(tool: PingToolName, plan: PingRoundPlan): string[] {
  if (tool === 'fping') {
    return [
      '-C',
      String(plan.count),
      '-q',
      '-p',
      String(Math.round(plan.periodMs)),
      '-t',
      String(Math.round(plan.timeoutMs)),
      '--',
      plan.host,
    ];
  }
  return [
    '-n',
    '-c',
    String(plan.count),
    '-i',
    (plan.periodMs / 1000).toFixed(3),
    '-W',
    (plan.timeoutMs / 1000).toFixed(3),
    '--',
    plan.host,
  ];
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch (error) {
    // Missing or not executable: the caller tries the next place.
    if ((error as NodeJS.ErrnoException).code !== undefined) return false;
    throw error;
  }
}
