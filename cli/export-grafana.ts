import {
  buildGrafanaDashboard,
  type GrafanaFlavourName,
} from '../collector/export/grafana/index.js';

/**
 * `export-grafana [--flavour influxql|flux]`: prints the Grafana dashboard JSON (the flavour is
 * checked by the command line's choices); `write` is injected so that tests can capture it.
 */
export function exportGrafanaCommand(
  { flavour }: { flavour: GrafanaFlavourName },
  write: (text: string) => void = (text) => process.stdout.write(text),
): number {
  write(JSON.stringify(buildGrafanaDashboard({ flavour }), null, 2) + '\n');
  return 0;
}
