/**
 * Re-checks a condition every `intervalMs` until it holds, or fails with `what` after `timeoutMs`.
 * For state held by another process (a server's row count), where no event can be awaited.
 */
export async function waitUntil(
  what: string,
  condition: () => Promise<boolean> | boolean,
  { timeoutMs = 20_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
