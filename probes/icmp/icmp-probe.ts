import { spawn } from 'node:child_process';
import type { Probe, ProbeResult, ProbeTarget } from '../probe.js';
import { parseFpingOutput } from './fping-output.js';
import { parsePingOutput } from './ping-output.js';
import { defaultSearchDirs, findPingTool, pingArguments, type PingTool } from './ping-tools.js';
import { summarisePingRound, type ParsedPingOutput } from './round-stats.js';

/** Echo requests in one round by default: SmokePing's 10 (in a round every 10 s, 20 s to notice an outage). */
export const DEFAULT_PINGS_PER_ROUND = 10;
/** Time between two requests of a round by default, in ms: 10 pings take 4.5 s of a 10 s interval. */
export const DEFAULT_PING_PERIOD_MS = 500;
/** Extra time a tool gets to print its statistics after the last reply could have come, in ms. */
const TOOL_GRACE_MS = 2000;

/** Options of an icmp probe; every one has a default. */
export interface IcmpProbeOptions {
  /** Echo requests per round (default 10). */
  count?: number;
  /** Time between two requests of a round, in ms (default 500). */
  periodMs?: number;
  /** Directories searched for `fping` and `ping` (default `PATH` plus the system bin dirs). */
  searchDirs?: readonly string[];
}

/**
 * Neither `fping` nor iputils `ping` is installed. Reported once per probe (through the result's
 * `problem`, which the scheduler hands to its `onError`); every round meanwhile counts as down, so
 * icmp targets show red while the other probes go on.
 */
export class PingToolMissingError extends Error {
  override readonly name = 'PingToolMissingError';
  constructor() {
    super(
      'icmp probe: neither fping nor ping is installed on this machine. Install the Debian ' +
        'package fping ("apt-get install fping"), or iputils-ping; icmp targets count as down until then.',
    );
  }
}

/**
 * SmokePing-style rounds to `icmp://host`: `count` echo requests through `fping -C` (or iputils
 * `ping` where fping is missing), summarised by {@link summarisePingRound}, with the RTT of each
 * reply as the round's distribution. Each request waits for its reply up to the target's timeout,
 * capped at the period when a round has several requests (fping mixes replies up past it).
 * One instance per target or per run: it remembers the tool it found and whether it reported a
 * missing one.
 */
export function createIcmpProbe(options: IcmpProbeOptions = {}): Probe {
  const {
    count = DEFAULT_PINGS_PER_ROUND,
    periodMs = DEFAULT_PING_PERIOD_MS,
    searchDirs = defaultSearchDirs(process.env.PATH),
  } = options;
  let tool: PingTool | undefined;
  let reportedMissingTool = false;
  return {
    kind: 'icmp',
    async measure(target: ProbeTarget): Promise<ProbeResult> {
      const host = target.url.hostname.replace(/^\[|\]$/g, '');
      if (host === '' || host.startsWith('-')) {
        return down(`"${host}" is not a host name or address`);
      }
      tool ??= await findPingTool(searchDirs);
      if (!tool) {
        const problem = reportedMissingTool ? undefined : new PingToolMissingError();
        reportedMissingTool = true;
        return { ...down(new PingToolMissingError().message), ...(problem ? { problem } : {}) };
      }
      const timeoutMs = count === 1 ? target.timeoutMs : Math.min(target.timeoutMs, periodMs);
      const plan = { host, count, periodMs, timeoutMs };
      const deadlineMs = (count - 1) * periodMs + timeoutMs + TOOL_GRACE_MS;
      const run = await runTool(tool.path, pingArguments(tool.name, plan), deadlineMs);
      if ('spawnError' in run) {
        const path = tool.path;
        // Removed or broken since it was found: look again next round.
        tool = undefined;
        return down(`could not run ${path}: ${run.spawnError.message}`);
      }
      const parsed: ParsedPingOutput =
        tool.name === 'fping' ? parseFpingOutput(run.output) : parsePingOutput(run.output);
      const fields = summarisePingRound(parsed.round);
      return {
        fields,
        distributionMs: parsed.round.rttsMs,
        ...(fields.up === 0 && parsed.detail ? { detail: parsed.detail } : {}),
      };
    },
  };
}

function down(detail: string): ProbeResult {
  return { fields: summarisePingRound({ sent: 0, rttsMs: [] }), distributionMs: [], detail };
}

/**
 * Runs a ping tool and gives back stdout then stderr. Past the deadline it gets SIGINT, on which
 * fping and ping print their statistics, and a second later SIGKILL.
 */
function runTool(
  path: string,
  args: readonly string[],
  deadlineMs: number,
): Promise<{ output: string } | { spawnError: Error }> {
  return new Promise((resolve) => {
    // LC_ALL=C: the parsers read the tools' English messages and decimal points.
    const child = spawn(path, args, {
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const interrupt = setTimeout(() => child.kill('SIGINT'), deadlineMs);
    const kill = setTimeout(() => child.kill('SIGKILL'), deadlineMs + 1000);
    const settle = (result: { output: string } | { spawnError: Error }): void => {
      clearTimeout(interrupt);
      clearTimeout(kill);
      resolve(result);
    };
    child.once('error', (error) => settle({ spawnError: error }));
    child.once('close', () =>
      settle({
        output: `${Buffer.concat(stdout).toString('utf8')}\n${Buffer.concat(stderr).toString('utf8')}`,
      }),
    );
  });
}
