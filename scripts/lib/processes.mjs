// Child processes with a time limit, each in its own process group so that everything it starts
// (n8n starts a task runner) is stopped with it — on success, failure, timeout or Ctrl-C.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs';

const running = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

/** Stops every child still running (SIGTERM, then SIGKILL after 5 s). */
export async function stopAll() {
  const children = [...running];
  for (const child of children) killGroup(child, 'SIGTERM');
  await Promise.race([
    Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', r))))),
    new Promise((r) => setTimeout(r, 5000).unref()),
  ]);
  for (const child of running) killGroup(child, 'SIGKILL');
}

/**
 * Stops one child started by `start` and waits for it: `signal` to its process group, SIGKILL
 * after `graceMs`.
 */
export async function stop(child, signal = 'SIGTERM', graceMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  killGroup(child, signal);
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

/** Resident memory (kB) of all the processes of a process group, from /proc (Linux). */
export function groupRssKb(pgid) {
  let total = 0;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[0] is field 3 (state): pgrp is field 5, rss (pages) field 24.
      if (Number(fields[2]) === pgid) total += (Number(fields[21]) * 4096) / 1024;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return total;
}

/**
 * Starts a long-running command (a server) in its own process group, its output appended to
 * `logFile`; `stopAll` stops it. Resolves once it is spawned.
 */
export function start(command, args, { env = process.env, cwd, logFile }) {
  return new Promise((resolve, reject) => {
    const fd = openSync(logFile, 'a');
    const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    running.add(child);
    child.once('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.once('spawn', () => resolve(child));
    child.once('exit', () => running.delete(child));
  });
}

/**
 * Runs a command, collecting its output; rejects on timeout (after killing its group).
 * Resolves with `{ code, stdout, stderr, ms, peakRssKb, peakAt }`; with `sampleRss`, `peakRssKb` is
 * the largest total resident memory of the process group, sampled every 100 ms, and `peakAt` when
 * it was reached (epoch ms).
 */
export function run(command, args, { env = process.env, cwd, timeoutMs = 300_000, input, sampleRss = false, stdoutFile } = {}) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // A program that calls process.exit() right after printing loses the end of a large output
    // written to a pipe; a file is written synchronously, so `stdoutFile` keeps all of it.
    const stdoutFd = stdoutFile === undefined ? undefined : openSync(stdoutFile, 'w');
    const child = spawn(command, args, { env, cwd, detached: true, stdio: ['pipe', stdoutFd ?? 'pipe', 'pipe'] });
    if (stdoutFd !== undefined) closeSync(stdoutFd);
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    // A command that exits before reading its input (e.g. `id`) closes the pipe: not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
    let peakRssKb = 0;
    let peakAt;
    const sampler = sampleRss
      ? setInterval(() => {
          const rss = groupRssKb(child.pid);
          if (rss > peakRssKb) [peakRssKb, peakAt] = [rss, Date.now()];
        }, 100)
      : undefined;
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`${command} ${args.join(' ')}: no result after ${timeoutMs / 1000} s\n${stderr.slice(-3000)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      clearInterval(sampler);
      running.delete(child);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      running.delete(child);
      // The runner may outlive n8n's main process: stop the whole group.
      killGroup(child, 'SIGKILL');
      if (stdoutFile !== undefined) stdout = readFileSync(stdoutFile, 'utf8');
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, ms: Date.now() - started, peakRssKb, peakAt });
    });
  });
}
