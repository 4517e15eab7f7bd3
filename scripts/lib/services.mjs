// Redis and PostgreSQL from Debian's packages for the tests that need a real server (the n8n
// queue-mode end-to-end test, the history store's PostgreSQL test): each started on
// 127.0.0.1 on a free port with its own temporary data folder, and stopped (then the folder
// removed) by `stopService`. PostgreSQL runs as the `postgres` user when this runs as root
// (initdb refuses root); otherwise as the current user.
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, start, stop } from './processes.mjs';
import { waitFor } from './waitFor.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const isRoot = process.getuid?.() === 0;

async function checked(command, args, what, options = {}) {
  const result = await run(command, args, { timeoutMs: 120_000, ...options });
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return result;
}

/** Installs a service's Debian package unless it is there (scripts/ci/<name>.sh; apt-get, as root or with sudo). */
async function ensureInstalled(script, present, log) {
  if (present()) return;
  log(`installing ${script.replace('.sh', '')} from Debian's packages (scripts/ci/${script})…`);
  await checked('bash', [join(repoRoot, 'scripts/ci', script)], `scripts/ci/${script}`, { timeoutMs: 30 * 60_000 });
  if (!present()) throw new Error(`scripts/ci/${script} ran but the server is still missing`);
}

const onPath = (name) => (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, name)));

/** The newest PostgreSQL of Debian's layout, /usr/lib/postgresql/<major>/bin. */
function postgresBin() {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb'))) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  return majors.length > 0 ? join(root, majors[0], 'bin') : undefined;
}

/** Answers the Redis protocol's PING with +PONG? */
function redisPing(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d;
      if (reply.includes('\r\n')) socket.end();
    });
    socket.on('close', () => resolve(reply.startsWith('+PONG')));
    socket.on('error', () => resolve(false));
  });
}

// The services' folders still there when the process exits (e.g. stopped by Ctrl-C: processes.mjs
// stops the servers, then exits) are removed then.
const folders = new Set();
process.on('exit', () => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder of the test's own, given to `owner` ({ uid, gid }) when set. */
function tempDir(prefix, owner) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.add(dir);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  return dir;
}

/**
 * `redis-server` on 127.0.0.1:`port`. Nothing saved to disk, unless `appendonly` (the queue recipe's
 * persistence: every write to the append-only file in `dir`); `dir` given: that folder's data again
 * (a restart). Returns `{ child, port, dir, version, logFile }`.
 */
export async function startRedis(port, log, { appendonly = false, dir: again } = {}) {
  await ensureInstalled('redis.sh', () => onPath('redis-server'), log);
  const version = (await checked('redis-server', ['--version'], 'redis-server --version')).stdout.match(/v=(\S+)/)?.[1];
  const dir = again ?? tempDir('tthc-queue-redis-');
  const logFile = join(dir, 'redis.log');
  const persistence = appendonly ? ['--appendonly', 'yes', '--appendfsync', 'everysec'] : ['--appendonly', 'no'];
  const child = await start(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', ...persistence, '--protected-mode', 'yes', '--daemonize', 'no'],
    { logFile },
  );
  await waitFor(() => redisPing(port), `redis-server on 127.0.0.1:${port} (log: ${logFile})`, { timeoutMs: 30_000, everyMs: 200 });
  return { name: 'redis', child, port, dir, version, logFile };
}

/** The `postgres` user's ids, for running the server when this runs as root. */
async function postgresUser() {
  const uid = Number((await checked('id', ['-u', 'postgres'], 'id -u postgres (the user of Debian\'s postgresql package)')).stdout.trim());
  const gid = Number((await checked('id', ['-g', 'postgres'], 'id -g postgres')).stdout.trim());
  return { uid, gid };
}

/**
 * PostgreSQL on 127.0.0.1:`port`: initdb in a temporary folder (role `user`, trust authentication:
 * the server listens on the loopback only and lives for one test), then the database `database`.
 * Returns `{ child, port, dir, version, user, database, logFile }`.
 */
export async function startPostgres(port, { user = 'tthc', database = 'n8n' } = {}, log) {
  await ensureInstalled('postgresql.sh', () => postgresBin() !== undefined, log);
  const bin = postgresBin();
  const owner = isRoot ? await postgresUser() : undefined;
  // As root: the server's programs run as `postgres` (runuser, from util-linux, without a login shell).
  const as = (program, args) => (owner ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args]);
  const dir = tempDir('tthc-queue-postgres-', owner);
  const data = join(dir, 'data');
  const sockets = join(dir, 'sockets');
  for (const d of [data, sockets]) {
    mkdirSync(d, { mode: 0o700 });
    if (owner) chownSync(d, owner.uid, owner.gid);
  }
  // Run from the server's folder: the postgres user may not enter the repository's (e.g. under /root).
  await checked(...as('initdb', ['-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']), 'initdb', { cwd: dir });
  const version = (await checked(join(bin, 'postgres'), ['--version'], 'postgres --version')).stdout.match(/\d+\.\d+/)?.[0];
  const logFile = join(dir, 'postgres.log');
  const child = await start(
    ...as('postgres', ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${sockets}`, '-c', 'fsync=off']),
    { logFile, cwd: dir },
  );
  const ready = async () => (await run(join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port)], { timeoutMs: 10_000 })).code === 0;
  await waitFor(ready, `PostgreSQL on 127.0.0.1:${port} (log: ${logFile})`, { timeoutMs: 60_000, everyMs: 300 });
  await checked(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', user, database], `createdb ${database}`);
  return { name: 'postgres', child, port, dir, version, user, database, logFile, runAs: owner ? 'postgres' : undefined };
}

/** One more database on a server `startPostgres` started (e.g. a store of its own for one part of a test). */
export async function createDatabase(postgres, database) {
  await checked(join(postgresBin(), 'createdb'), ['-h', '127.0.0.1', '-p', String(postgres.port), '-U', postgres.user, database], `createdb ${database}`);
}

/**
 * Stops a service and removes its folder (`keepData`: keeps it, to start it again): PostgreSQL with
 * SIGINT (its fast shutdown), Redis with SIGTERM, SIGKILL after the grace time.
 */
export async function stopService(service, { keepData = false } = {}) {
  if (!service) return;
  await stop(service.child, service.name === 'postgres' ? 'SIGINT' : 'SIGTERM', 20_000);
  if (keepData) return;
  rmSync(service.dir, { recursive: true, force: true });
  folders.delete(service.dir);
}
