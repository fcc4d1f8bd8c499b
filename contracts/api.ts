/** One series of `GET /api/v1/series`: its labels and `[epoch ms, value]` points in time order. */
export interface SeriesResult {
  labels: { site: string; measurement: string; target: string; probe: string; field: string };
  points: [number, number][];
}

/** Body of `GET /api/v1/series`. */
export interface SeriesResponse {
  series: SeriesResult[];
}

/**
 * One series of `GET /api/v1/series?form=grid`: the value of every bucket of the window in time
 * order, the times implied by `startMs` and `stepMs` rather than sent with each value. All series
 * of one answer share `startMs`, `stepMs` and length, so fields of a target line up by index.
 */
export interface SeriesGridResult {
  labels: SeriesResult['labels'];
  /** Start of the first bucket (epoch ms): the window's start, down to a multiple of `stepMs`. */
  startMs: number;
  /** Width of a bucket (ms). */
  stepMs: number;
  /** Value of bucket i (from `startMs + i × stepMs`), or null where the bucket holds none. */
  values: (number | null)[];
}

/** Body of `GET /api/v1/series?form=grid`. */
export interface SeriesGridResponse {
  series: SeriesGridResult[];
}

/** Body of every 4xx answer: what was wrong, and where. */
export interface ErrorResponse {
  error: string;
  details?: { path: string; message: string }[];
}

/** Body of `GET /healthz`. */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  recorder: 'ok' | 'error';
  /** Forwarding to InfluxDB: `error` needs a person (credentials, missing database). */
  forwarder: {
    state: 'disabled' | 'ok' | 'retrying' | 'error';
    /** Rows recorded and not yet delivered. */
    backlog: number;
    /** Age of the oldest undelivered row, in seconds. */
    backlogAgeSeconds?: number;
    lastError?: string | null;
    /** Set when the backlog is so old that retention will soon delete undelivered rows. */
    alarm?: string | null;
  };
}
