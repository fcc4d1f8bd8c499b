import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Sample } from '../../contracts/sample.js';
import type { ProbeResult } from '../../probes/index.js';
import type { WorkerRequest } from './netns-worker.js';

/**
 * Test hosts in network namespaces of the test's own, for the probes' real-packet tests. Every
 * address used lives only inside these namespaces; nothing is sent anywhere else. Needs root, `ip`
 * and `nft`; the TUN relay needs `/dev/net/tun` and python3.
 */

const SUPPORT_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = join(SUPPORT_DIR, '..', '..');
const IP = '/usr/sbin/ip';
const NFT = '/usr/sbin/nft';
const CHRT = '/usr/bin/chrt';
const NICE = '/usr/bin/nice';

/** Why namespace tests cannot run here, or undefined when they can. */
export function netnsUnavailable({ tun = false } = {}): string | undefined {
  if (process.getuid?.() !== 0) return 'not root: network namespaces need root';
  if (!existsSync(IP)) return `${IP} is missing (Debian package iproute2)`;
  if (!existsSync(NFT)) return `${NFT} is missing (Debian package nftables)`;
  if (tun && !existsSync('/dev/net/tun')) return '/dev/net/tun is missing: no TUN devices';
  if (tun && !onPath('python3')) return 'python3 is missing: the TUN relay is a python script';
  return undefined;
}

function onPath(name: string): boolean {
  return (process.env.PATH ?? '')
    .split(':')
    .some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/** Runs a command, throwing with its stderr when it fails. */
export function sh(...args: string[]): void {
  execFileSync(args[0]!, args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Runs a command inside a namespace. */
export function nsExec(namespace: string, ...args: string[]): void {
  sh(IP, 'netns', 'exec', namespace, ...args);
}

/** Applies an nftables script (`nft -f -`) inside a namespace. */
export function nft(namespace: string, script: string): void {
  execFileSync(IP, ['netns', 'exec', namespace, NFT, '-f', '-'], {
    input: script,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}

/** Prefix of every namespace these helpers make; the pid that made it follows. */
const PREFIX = 'pulse-t';

/**
 * A set of namespaces of one test file, named `pulse-t<pid>-<n>-<role>` so that parallel runs and
 * parallel files never clash. `destroy` deletes them all (and their devices with them).
 */
export class NamespaceSet {
  private static counter = 0;
  private readonly names: string[] = [];
  readonly tag: string;

  constructor() {
    removeStaleNamespaces();
    NamespaceSet.counter += 1;
    this.tag = `${PREFIX}${process.pid}-${NamespaceSet.counter}`;
  }

  /** Creates a namespace with its loopback up, IPv6 off (the relay carries IPv4 only). */
  add(role: string): string {
    const name = `${this.tag}-${role}`;
    sh(IP, 'netns', 'add', name);
    this.names.push(name);
    sh(IP, '-n', name, 'link', 'set', 'lo', 'up');
    nsExec(name, 'sysctl', '-q', '-w', 'net.ipv6.conf.all.disable_ipv6=1');
    nsExec(name, 'sysctl', '-q', '-w', 'net.ipv6.conf.default.disable_ipv6=1');
    return name;
  }

  destroy(): void {
    for (const name of this.names.splice(0)) {
      try {
        sh(IP, 'netns', 'del', name);
      } catch {
        // Already gone: nothing left to clean.
      }
    }
  }
}

/** Deletes namespaces left by a run that was killed (its pid no longer exists). */
function removeStaleNamespaces(): void {
  if (!existsSync('/run/netns')) return;
  for (const name of readdirSync('/run/netns')) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid === undefined || existsSync(`/proc/${pid}`)) continue;
    try {
      sh(IP, 'netns', 'del', name);
    } catch {
      // Another run removed it first.
    }
  }
}

/** Line-oriented JSON over a child's stdin and stdout, with answers matched in order or by id. */
abstract class LineProcess {
  protected readonly child: ChildProcessWithoutNullStreams;
  private stderr = '';
  private exited = false;
  protected readonly waiting: Array<(message: Record<string, unknown>) => void> = [];
  private readonly failures: Array<(error: Error) => void> = [];

  protected constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { cwd: ROOT_DIR, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(line) as Record<string, unknown>;
      } catch {
        this.stderr += `${line}\n`;
        return;
      }
      this.onMessage(message);
    });
    this.child.once('exit', (code, signal) => {
      this.exited = true;
      const error = new Error(
        `${command} ${args.join(' ')} exited (${code ?? signal}): ${this.stderr.trim()}`,
      );
      for (const fail of this.failures.splice(0)) fail(error);
    });
  }

  protected abstract onMessage(message: Record<string, unknown>): void;

  protected expectMessage(register: (resolve: (m: Record<string, unknown>) => void) => void) {
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      if (this.exited) reject(new Error(`process gone: ${this.stderr.trim()}`));
      this.failures.push(reject);
      register((message) => {
        const index = this.failures.indexOf(reject);
        if (index >= 0) this.failures.splice(index, 1);
        resolve(message);
      });
    });
  }

  /** Closes stdin (the process exits by itself), then kills it if it lingers. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await gone;
    clearTimeout(timer);
  }
}

/** Counts of one direction of the relay since its last `reset-stats`. */
export interface RelayDirectionStats {
  seen: number;
  dropped: number;
  forwarded: number;
  not_ipv4: number;
}

/** Settings of the relay; each direction apart (`ab`: from namespace A to namespace B). */
export interface RelaySettings {
  delayAbMs?: number;
  delayBaMs?: number;
  lossAb?: number;
  lossBa?: number;
  seed?: number;
}

/**
 * The delay and loss relay (`tun-relay.py`, a test tool) between a TUN device in namespace A and
 * one in namespace B. `start` resolves once both devices exist.
 */
export class TunRelay extends LineProcess {
  private constructor(args: string[]) {
    // Real-time priority where chrt exists: the relay plays the wire, and a wire is not late
    // because other processes want the CPU. It sleeps in select() between packets.
    const relay = ['python3', join(SUPPORT_DIR, 'tun-relay.py'), ...args];
    const command = existsSync(CHRT) ? [CHRT, '-f', '20', ...relay] : relay;
    super(command[0]!, command.slice(1));
  }

  protected onMessage(message: Record<string, unknown>): void {
    this.waiting.shift()?.(message);
  }

  static async start(nsA: string, devA: string, nsB: string, devB: string): Promise<TunRelay> {
    const relay = new TunRelay([nsA, devA, nsB, devB]);
    await relay.expectMessage((resolve) => relay.waiting.push(resolve));
    return relay;
  }

  private async command(line: string): Promise<Record<string, unknown>> {
    const answer = this.expectMessage((resolve) => this.waiting.push(resolve));
    this.child.stdin.write(`${line}\n`);
    const message = await answer;
    if (message.ok !== true) throw new Error(`relay: ${String(message.error)}`);
    return message;
  }

  async set(settings: RelaySettings): Promise<void> {
    const pairs = [
      ['delay_ab', settings.delayAbMs],
      ['delay_ba', settings.delayBaMs],
      ['loss_ab', settings.lossAb],
      ['loss_ba', settings.lossBa],
      ['seed', settings.seed],
    ].filter(([, value]) => value !== undefined);
    await this.command(`set ${pairs.map(([key, value]) => `${key}=${value}`).join(' ')}`);
  }

  /** Drops every packet in both directions from now on. */
  async cut(): Promise<void> {
    await this.command('cut');
  }

  async restore(): Promise<void> {
    await this.command('restore');
  }

  async stats(): Promise<{ ab: RelayDirectionStats; ba: RelayDirectionStats }> {
    const { stats } = await this.command('stats');
    return stats as { ab: RelayDirectionStats; ba: RelayDirectionStats };
  }

  async resetStats(): Promise<void> {
    await this.command('reset-stats');
  }
}

/**
 * Two namespaces joined by the relay, as a point-to-point link: `a` (the probing side) holds
 * `10.77.0.1/24` on its TUN device, `b` (the targets) holds `10.77.0.2/24`. These addresses
 * exist only inside the two namespaces.
 */
export interface RelayedLink {
  a: string;
  b: string;
  relay: TunRelay;
  addressA: string;
  addressB: string;
  devA: string;
  devB: string;
}

export async function buildRelayedLink(namespaces: NamespaceSet): Promise<RelayedLink> {
  const a = namespaces.add('a');
  const b = namespaces.add('b');
  const [devA, devB] = ['tun-a', 'tun-b'];
  const relay = await TunRelay.start(a, devA, b, devB);
  const link = { a, b, relay, addressA: '10.77.0.1', addressB: '10.77.0.2', devA, devB };
  for (const [ns, dev, address] of [
    [a, devA, link.addressA],
    [b, devB, link.addressB],
  ] as const) {
    sh(IP, '-n', ns, 'addr', 'add', `${address}/24`, 'dev', dev);
    sh(IP, '-n', ns, 'link', 'set', dev, 'up');
  }
  return link;
}

/** What `measure` gives: the probe's results, one per repeat. */
export type WorkerResults = { results: ProbeResult[] };

/**
 * A Node process inside a namespace (`netns-worker.ts`) that runs the real probes, or test
 * servers, there. Samples of a running monitor go to `onSample`.
 */
export class NetnsWorker extends LineProcess {
  private nextId = 0;
  private readonly pending = new Map<number, (message: Record<string, unknown>) => void>();
  onSample: (sample: Sample) => void = () => {};
  readonly errors: string[] = [];

  constructor(namespace: string) {
    // At a higher priority (nice -10) than the rest of a busy test machine: the probes time
    // events to the millisecond, and what is under test is the probe and the path, not how soon
    // a loaded CPU gets round to a process woken by a packet. Production runs the probes on a
    // mostly idle PC.
    super(IP, [
      'netns',
      'exec',
      namespace,
      ...(existsSync(NICE) ? [NICE, '-n', '-10'] : []),
      process.execPath,
      '--import',
      'tsx',
      join(SUPPORT_DIR, 'netns-worker.ts'),
    ]);
  }

  protected onMessage(message: Record<string, unknown>): void {
    if (message.event === 'sample') return this.onSample(message.sample as Sample);
    if (message.event === 'error') return void this.errors.push(String(message.error));
    const id = message.id as number;
    this.pending.get(id)?.(message);
    this.pending.delete(id);
  }

  async request<T = Record<string, unknown>>(request: WorkerRequest): Promise<T> {
    this.nextId += 1;
    const id = this.nextId;
    const answer = this.expectMessage((resolve) => this.pending.set(id, resolve));
    this.child.stdin.write(`${JSON.stringify({ id, ...request })}\n`);
    const message = await answer;
    if (message.ok !== true) throw new Error(`netns worker: ${String(message.error)}`);
    return message as T;
  }

  async measure(
    target: Extract<WorkerRequest, { op: 'measure' }>['target'],
    repeat = 1,
  ): Promise<ProbeResult[]> {
    return (await this.request<WorkerResults>({ op: 'measure', target, repeat })).results;
  }
}

/** Median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
