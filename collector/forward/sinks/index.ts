import type { PulseConfig } from '../../../config/schema.js';
import { createInfluxV1Sink } from './influx-v1.js';
import { createInfluxV2Sink } from './influx-v2.js';
import type { LineSink } from './sink.js';

/** Sinks by `influx.api`: a new write API is its module plus one line here. */
const SINKS: Record<
  PulseConfig['influx']['api'],
  (settings: PulseConfig['influx'] & { url: string }) => LineSink
> = {
  v1: (settings) => createInfluxV1Sink(settings),
  v2: (settings) => createInfluxV2Sink(settings),
};

/** The sink the settings name, or undefined when forwarding is off (no `influx.url`). */
export function createSink(settings: PulseConfig['influx']): LineSink | undefined {
  const { url } = settings;
  return url === undefined ? undefined : SINKS[settings.api]({ ...settings, url });
}

export { SinkError, type LineSink } from './sink.js';
