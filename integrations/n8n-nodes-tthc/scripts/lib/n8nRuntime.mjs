// The pinned n8n, the packed TTHC packages installed into a fresh user folder as community
// nodes are, and the environment of a headless run (docs/sources.md §4).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { n8nBin, n8nHome, packageDir, packedPackages, repoRoot } from './paths.mjs';
import { run } from '../../../../scripts/lib/processes.mjs';

function check(result, what) {
  if (result.code !== 0) {
    throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
  return result;
}

/** Installs n8n 2.8.4 outside the workspace unless it is there (scripts/ci/n8n.sh). */
export async function ensureN8n(log) {
  if (!existsSync(n8nBin)) log(`installing n8n 2.8.4 in ${n8nHome} (about 6 minutes)…`);
  check(await run('bash', [join(repoRoot, 'scripts/ci/n8n.sh')], { timeoutMs: 30 * 60_000 }), 'scripts/ci/n8n.sh');
}

/** Builds the packages that have no dist yet, and always this package (it is small). */
export async function ensureBuilt(log) {
  const missing = packedPackages.filter((p) => !existsSync(join(repoRoot, p, 'dist')));
  const filter = missing.length > 1 || (missing.length === 1 && missing[0] !== 'integrations/n8n-nodes-tthc') ? 'n8n-nodes-tthc...' : 'n8n-nodes-tthc';
  log(`building ${filter === 'n8n-nodes-tthc' ? 'n8n-nodes-tthc' : 'n8n-nodes-tthc and its workspace dependencies'}…`);
  check(await run('pnpm', ['--filter', filter, 'run', 'build'], { cwd: repoRoot, timeoutMs: 600_000 }), 'build');
}

/**
 * Packs the workspace packages (pnpm rewrites `workspace:*` to versions; or takes the `tarballs`
 * packed once for several instances, or package specs from `registry`) and installs them together into
 * `<userFolder>/.n8n/nodes`, where n8n 2.8.4 loads community packages from
 * (`nodes/node_modules/n8n-nodes-*`). Peer dependencies are left out, as n8n does: the
 * nodes must use n8n's own n8n-workflow.
 */
export async function installCommunityPackage(userFolder, log, tarballs, { registry } = {}) {
  tarballs ??= await packWorkspacePackages(join(userFolder, 'tarballs'));
  const nodesDir = join(userFolder, '.n8n', 'nodes');
  mkdirSync(nodesDir, { recursive: true });
  writeFileSync(join(nodesDir, 'package.json'), `${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2)}\n`);
  log(`npm install ${tarballs.join(' ')} into ${nodesDir}${registry ? ` from ${registry}` : ''}…`);
  check(
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--omit=dev', '--legacy-peer-deps', '--loglevel=error', ...(registry ? [`--registry=${registry}`] : []), ...tarballs],
      { cwd: nodesDir, timeoutMs: 600_000 },
    ),
    'npm install of the package',
  );
  if (existsSync(join(nodesDir, 'node_modules', 'n8n-workflow'))) {
    throw new Error('n8n-workflow was installed beside the nodes: it must come from n8n (peer dependency)');
  }
  return nodesDir;
}

/** Packs the workspace packages into `packDir` (`pnpm pack`); returns the tarballs' paths. */
export async function packWorkspacePackages(packDir) {
  mkdirSync(packDir, { recursive: true });
  for (const p of packedPackages) {
    check(await run('pnpm', ['pack', '--pack-destination', packDir], { cwd: join(repoRoot, p), timeoutMs: 120_000 }), `pnpm pack ${p}`);
  }
  return readdirSync(packDir).filter((f) => f.endsWith('.tgz')).map((f) => join(packDir, f));
}

/** A fresh, empty user folder. */
export function freshDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The environment of a headless n8n (docs/sources.md §4): own user folder, fixed key, file access
 * limited to `allowed`, and the task runners' broker on `brokerPort` (default 5679 would clash
 * with any other n8n on the machine).
 */
export function n8nEnv(userFolder, allowed, brokerPort, extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('N8N_') || key.startsWith('DB_')) delete env[key];
  return {
    ...env,
    N8N_USER_FOLDER: userFolder,
    N8N_ENCRYPTION_KEY: 'tthc-e2e-fixed-test-key-not-a-secret',
    N8N_RESTRICT_FILE_ACCESS_TO: allowed.join(';'),
    N8N_LOG_LEVEL: 'info',
    NO_COLOR: '1',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_TEMPLATES_ENABLED: 'false',
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
    N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
    GENERIC_TIMEZONE: 'Asia/Ho_Chi_Minh',
    TZ: 'Asia/Ho_Chi_Minh',
    N8N_RUNNERS_BROKER_PORT: String(brokerPort),
    ...extra,
  };
}

/** Runs an n8n command. */
export async function n8n(args, env, what, timeoutMs = 300_000) {
  return check(await run(process.execPath, [n8nBin, ...args], { env, timeoutMs }), what ?? `n8n ${args.join(' ')}`);
}

/**
 * Runs a workflow headless and returns its run data (the JSON printed from the first line that is
 * exactly `{`). A failed run throws, unless `expectFailure`: then it returns `{ code, data, output }`.
 */
export async function executeWorkflow(id, env, timeoutMs = 300_000, { sampleRss = false, expectFailure = false } = {}) {
  const stdoutFile = join(env.N8N_USER_FOLDER, `execute-${id}.out`);
  const result = await run(process.execPath, [n8nBin, 'execute', `--id=${id}`, '--rawOutput'], { env, timeoutMs, sampleRss, stdoutFile });
  const lines = result.stdout.split('\n');
  const start = lines.indexOf('{');
  let data;
  if (start !== -1) {
    // The task runner may print after the JSON: take the shortest prefix that parses.
    const rest = lines.slice(start);
    for (let end = rest.length; end > 0 && data === undefined; end--) {
      if (rest[end - 1] !== '}') continue;
      try {
        data = JSON.parse(rest.slice(0, end).join('\n'));
      } catch {
        /* keep looking */
      }
    }
  }
  if (expectFailure) return { code: result.code, data, output: `${result.stdout}\n${result.stderr}`, ms: result.ms };
  if (result.code !== 0 || data === undefined) {
    throw new Error(`n8n execute --id=${id} failed (exit ${result.code}):\n${result.stdout.slice(-6000)}\n${result.stderr.slice(-4000)}`);
  }
  return { data, ms: result.ms, peakRssKb: result.peakRssKb, peakAt: result.peakAt, stdout: result.stdout, stderr: result.stderr };
}

/** How long a node ran, in ms (`executionTime` of its first run). */
export function nodeTime(data, node) {
  return data?.data?.resultData?.runData?.[node]?.[0]?.executionTime;
}

/**
 * Which part of a run `at` (epoch ms) fell in, by the run data's start and execution times: "in
 * <the node that was running>", else "after <the last node that had ended>" (n8n passing items on
 * or saving the run), else "at start-up".
 */
export function runPhaseAt(data, at) {
  let after;
  for (const [name, runs] of Object.entries(data?.data?.resultData?.runData ?? {})) {
    const run = runs?.[0];
    if (!run) continue;
    const end = run.startTime + (run.executionTime ?? 0);
    if (at >= run.startTime && at <= end) return `in ${name}`;
    if (end < at && (after === undefined || end > after.end)) after = { name, end };
  }
  return after ? `after ${after.name}` : 'at start-up';
}

/** The output items of a node in a run: `runData[node][0].data.main[output]`. */
export function nodeOutput(data, node, output = 0) {
  const runs = data?.data?.resultData?.runData?.[node];
  if (!runs) throw new Error(`node "${node}" did not run`);
  return runs[0]?.data?.main?.[output] ?? [];
}

export { packageDir };
