// Waiting for a service or a result: polls `check` until it gives a value, or fails after the timeout.

/** Waits until `check()` resolves truthy; polls every `everyMs` up to `timeoutMs` (a condition, not a sleep). */
export async function waitFor(check, what, { timeoutMs = 180_000, everyMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? `: ${last.message}` : ''}`);
}
