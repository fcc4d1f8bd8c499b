import type { GrafanaFlavour } from './flavour.js';
import { fluxFlavour } from './flux.js';
import { influxqlFlavour } from './influxql.js';

/** Every export flavour by name; a new flavour is its module and one line here. */
export const GRAFANA_FLAVOURS = {
  influxql: influxqlFlavour,
  flux: fluxFlavour,
} as const satisfies Record<string, GrafanaFlavour>;

/** Name of an export flavour (`influxql`, `flux`). */
export type GrafanaFlavourName = keyof typeof GRAFANA_FLAVOURS;

/** The flavour names, the first being the default. */
export const GRAFANA_FLAVOUR_NAMES = Object.keys(GRAFANA_FLAVOURS) as [
  GrafanaFlavourName,
  ...GrafanaFlavourName[],
];

/** The flavour used when none is asked for. */
export const DEFAULT_GRAFANA_FLAVOUR: GrafanaFlavourName = 'influxql';
