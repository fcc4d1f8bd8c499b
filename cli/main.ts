import { Command, CommanderError, Option } from 'commander';
import {
  DEFAULT_GRAFANA_FLAVOUR,
  GRAFANA_FLAVOUR_NAMES,
  type GrafanaFlavourName,
} from '../collector/export/grafana/index.js';
import { agentCommand, type AgentCommandOptions } from './agent.js';
import { checkConfigCommand } from './check-config.js';
import { exportGrafanaCommand } from './export-grafana.js';
import { PROBE_EXIT, probeCommand, type ProbeCommandOptions } from './probe.js';
import { reportCommand, type ReportCommandOptions } from './report.js';
import { startCommand } from './start.js';

/** The `onestop-pulse` command line; returns the process exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('onestop-pulse')
    .description(
      'Live operations dashboard and link monitor of a public administrative service centre',
    )
    .showHelpAfterError();

  program
    .command('start')
    .description(
      'run the collector, the built-in probes and the dashboard (the demo centre when there is no config)',
    )
    .option('--config <file>', 'YAML settings file (or PULSE_CONFIG)')
    .option('--demo', 'add the simulated counters of the demo centre')
    .action(async (options: { config?: string; demo?: boolean }) => {
      exitCode = await startCommand(options, env);
    });

  program
    .command('check-config')
    .description('validate a settings file and print every problem with its path')
    .argument('<file>', 'YAML settings file')
    .action(async (file: string) => {
      exitCode = await checkConfigCommand(file, env);
    });

  program
    .command('export-grafana')
    .description('print the Grafana dashboard JSON for the InfluxDB that collectors forward to')
    .addOption(
      new Option('--flavour <language>', 'query language of the panels')
        .choices(GRAFANA_FLAVOUR_NAMES)
        .default(DEFAULT_GRAFANA_FLAVOUR),
    )
    .action((options: { flavour: GrafanaFlavourName }) => {
      exitCode = exportGrafanaCommand(options);
    });

  program
    .command('probe')
    .description(
      'probe targets once and print whether each is up, with latency, loss and jitter (exit 0 when all are up)',
    )
    .argument(
      '<url...>',
      'icmp://host, tcp://host:port, http(s)://…, dns://server/name, iface://eth0',
    )
    .option('--count <n>', 'pings per icmp target (default 10)')
    .option('--timeout <ms>', 'time after which one attempt counts as failed (default 3000)')
    .option('--json', 'print JSON with the field names of the samples (rtt_ms, loss_pct, …)')
    // A usage error must give exit code 2 (1 means "a target is down"), and never exit the process.
    .exitOverride()
    .action(async (urls: string[], options: ProbeCommandOptions) => {
      exitCode = await probeCommand(urls, options);
    });

  program
    .command('agent')
    .description(
      'run the probes on this PC and send their samples to a collector, spooling them to disk while it is unreachable',
    )
    .option('--collector <url>', 'base URL of the collector, such as http://192.168.1.10:8080')
    .option('--token <token>', "the collector's ingest token (or PULSE_INGEST_TOKEN)")
    .option('--config <file>', 'YAML settings file: site.id and probes.targets (or PULSE_CONFIG)')
    .option(
      '--target <url>',
      'a target to probe, URL or ID=URL (repeatable), beside the config',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--interval <seconds>', 'seconds between rounds of --target targets (default 10)')
    .option('--site <slug>', "site of the samples (default the config's site.id)")
    .option('--data-dir <dir>', 'folder of the disk spool', './agent-data')
    .option(
      '--max-spool-samples <n>',
      'bound of the spool; past it the oldest are dropped (default 1000000)',
    )
    // A usage error gives exit code 2 without exiting the process, as for `probe`.
    .exitOverride()
    .action(async (options: AgentCommandOptions) => {
      exitCode = await agentCommand(options, env);
    });

  program
    .command('report')
    .description(
      'draw the weekly report (giao ban tuần) as a 1920×1080 PNG or an A4 landscape PDF in headless Chromium',
    )
    .option('--week <YYYY-Www>', 'ISO week such as 2026-W48 (default: the current week)')
    .requiredOption('--out <file>', 'the file to write: report.png or report.pdf')
    .option('--collector <url>', 'base URL of a running collector, such as http://127.0.0.1:8080')
    .option('--data-dir <dir>', "a collector's data folder, read without a running collector")
    .option('--config <file>', 'with --data-dir: YAML settings of the centre (or PULSE_CONFIG)')
    .option('--site <slug>', "site of the report (default the collector's own)")
    .option('--token <code>', 'viewer code when the collector needs one (or PULSE_VIEWER_TOKEN)')
    .option('--lang <vi|en>', 'language of the report', 'vi')
    // A usage error gives exit code 2 without exiting the process, as for `probe`.
    .exitOverride()
    .action(async (options: ReportCommandOptions) => {
      exitCode = await reportCommand(options, env);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Only `probe`, `agent` and `report` override commander's exit; their usage errors are already printed.
    if (!(error instanceof CommanderError)) throw error;
    return error.exitCode === 0 ? 0 : PROBE_EXIT.usage;
  }
  return exitCode;
}
