/**
 * Sends `total` items in batches of `batch`, `inFlight` requests at a time: the load of every
 * throughput bench, raw InfluxDB writes and collector posts alike.
 */
export async function inBatches(
  { total, batch = 5000, inFlight = 2 }: { total: number; batch?: number; inFlight?: number },
  send: (from: number, to: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const from = next;
      next += batch;
      await send(from, Math.min(total, from + batch));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

/** Writes lines of line protocol (millisecond timestamps) straight into an InfluxDB 1.x database. */
export async function writeRawLines(influxUrl: string, db: string, lines: string[]): Promise<void> {
  const response = await fetch(`${influxUrl}/write?db=${db}&precision=ms`, {
    method: 'POST',
    body: lines.join('\n'),
  });
  if (response.status !== 204) throw new Error(`raw write: HTTP ${response.status}`);
}
