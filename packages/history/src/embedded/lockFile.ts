import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { InputError } from '@tthc/core';
import { historyInputErrors } from '../historyErrors';

// The embedded store is for one process at a time: SQLite's own file locks are not implemented by
// the WebAssembly build's file access, so a lock file beside the database says who has it open.
// A second process is refused with a clear error rather than left to corrupt it; a lock left by
// a process that no longer runs on this machine is taken over.

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the lock of the database `file` (`<file>.lock`), or throws `InputError` (`history_locked`)
 * naming the file and who holds it.
 *
 * @returns the release, to call once the database is closed
 */
export function lockDatabase(file: string, now: () => Date = () => new Date()): () => void {
  const lock = `${file}.in-use`;
  const me: LockOwner = { pid: process.pid, host: hostname(), since: now().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = readOwner(lock);
      const stale = owner !== undefined && owner.host === me.host && owner.pid !== me.pid && !alive(owner.pid);
      if (!stale) {
        throw new InputError(historyInputErrors.history_locked, {
          path: { file: basename(file) },
          params: { pid: owner?.pid ?? '?', host: owner?.host ?? '?', since: owner?.since ?? '?' },
        });
      }
      unlinkSync(lock);
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    try {
      unlinkSync(lock);
    } catch {
      // already gone
    }
  };
  process.on('exit', release);
  return release;
}

function readOwner(lock: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lock, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') } : undefined;
  } catch {
    return undefined;
  }
}
