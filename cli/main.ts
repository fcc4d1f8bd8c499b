import { Command } from 'commander';
import { checkConfigCommand } from './check-config.js';
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

  await program.parseAsync([...argv], { from: 'user' });
  return exitCode;
}
