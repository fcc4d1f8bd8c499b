// The recorder: the collector's durable SQLite store of samples and events.
export {
  DATABASE_FILE,
  defaultAggregateOf,
  Recorder,
  type EventRecordResult,
  type SeriesAggregate,
  type SeriesQuery,
} from './recorder.js';
export { Maintenance, type MaintenanceOptions } from './maintenance.js';
export { DEFAULT_RETENTION, RetentionJob, type RetentionPolicy } from './retention.js';
export { RollupJob } from './rollups.js';
