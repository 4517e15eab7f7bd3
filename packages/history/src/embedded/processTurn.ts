// The embedded store within one process: the lock file refuses a second process, but the runs of
// one process (n8n's executions in main mode, triggered at once) take turns: each open waits for
// the one before it to close. Kept on `globalThis`, so that every copy of this module a process
// loads (each n8n node's bundle has its own) shares the turns.

const KEY = Symbol.for('tthc.history.embeddedTurns');
type Turns = Map<string, Promise<void>>;
const turns = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Turns;

/**
 * Waits until no other open of `file` in this process is in use, then takes it.
 *
 * @returns the release, to call once the store is closed (or failed to open)
 */
export async function takeTurn(file: string): Promise<() => void> {
  const before = turns.get(file) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  const chain = before.then(() => mine);
  turns.set(file, chain);
  await before;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    done();
    if (turns.get(file) === chain) turns.delete(file);
  };
}
