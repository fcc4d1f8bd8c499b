// The recorder: the collector's durable SQLite store of samples and events.
export { DATABASE_FILE, Recorder, type EventRecordResult, type SeriesQuery } from './recorder.js';
