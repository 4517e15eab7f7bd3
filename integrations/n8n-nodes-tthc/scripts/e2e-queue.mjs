// pnpm test:n8n:queue — n8n 2.8.4 in queue mode, end to end on one machine: Redis and PostgreSQL
// from Debian's packages started on 127.0.0.1 (free ports, temporary data folders), one n8n main
// (`n8n start`, EXECUTIONS_MODE=queue, PostgreSQL as its database) and two `n8n worker`
// processes, each with its own user folder and this package installed in it as a community
// package (the packed tarballs npm-installed into ~/.n8n/nodes), all with the same encryption key.
// The scenario's workflow is imported and published; each call to its production webhook is put
// on the queue by the main instance and run by a worker (the workers' logs say which ran which
// execution). Every expected e-mail must arrive at the SMTP sink (out/n8n-queue/*.eml). The calls
// run twice, with one worker and then with two, and the script prints both run times.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { ensureBuilt, ensureN8n, freePort, freshDir, installCommunityPackage, n8n, n8nEnv, packWorkspacePackages } from './lib/n8nRuntime.mjs';
import { startN8nServer, waitFor } from './lib/n8nServer.mjs';
import { docxParagraphs } from './lib/officeText.mjs';
import { n8nBin, repoRoot } from './lib/paths.mjs';
import { start, stop, stopAll } from '../../../scripts/lib/processes.mjs';
import { scenarios } from './lib/queueScenario.mjs';
import { CITY_WEBHOOK_HEADER, exampleCredentials } from '../../../examples/n8n/make-credentials.mjs';
import { createDatabase, startPostgres, startRedis, stopService } from '../../../scripts/lib/services.mjs';
import { startSmtpSink } from '../../../scripts/lib/smtpSink.mjs';
import { runMain } from './lib/runMain.mjs';

/** The workflow under test: a key of `scenarios` (scripts/lib/queueScenario.mjs); TTHC_QUEUE_SCENARIO overrides it. */
const QUEUE_SCENARIO = process.env.TTHC_QUEUE_SCENARIO || 'city';
/** Jobs a worker takes at once: 1, so that one worker runs the calls one after the other. */
const WORKER_CONCURRENCY = 1;
/** The measured rounds make each of the scenario's calls this many times. */
const MEASURED_REPEAT = 2;

const started = Date.now();
const log = (m) => process.stdout.write(`[queue ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);
const failures = [];
const expect = (ok, what) => {
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const out = join(repoRoot, 'out', 'n8n-queue');
const workflowId = 'TthcE2eQueue0001';
const credential = { id: 'tthcQueueSmtp001', name: 'SMTP e2e sink (queue)' };
/** How long Redis is away in the outage step (the issue's probe: processes exited after 10 s). */
const REDIS_OUTAGE_MS = 15_000;

/** The city webhook's key in this test (the shipped workflow's header auth). */
const CITY_KEY = 'e2e-queue-city-key';

/** The crash test's copy of the city workflow, its own ledger (a database of its own) and the lease of its TTHC Send. */
const crashWorkflowId = 'TthcE2eQueue0002';
const crashHistory = { id: 'tthcQueueHist02', name: 'TTHC history (queue, crash test)' };
const CRASH_DATABASE = 'tthc_crash';
const CRASH_LEASE_SECONDS = 20;

/** n8n's Postgres credential for the units' history, in the queue's own PostgreSQL database. */
const historyCredential = { id: 'tthcQueueHist01', name: 'TTHC history (queue PostgreSQL)' };
const services = {};
const n8nProcesses = [];
let sink;

/** The environment every instance shares: the database, the queue, binary data in the database. */
/** The settings of the queue recipe (examples/n8n/queue/queue.env), which every process here runs with. */
function recipeSettings() {
  const text = readFileSync(join(repoRoot, 'examples/n8n/queue/queue.env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

function queueSettings(postgres, redis) {
  return {
    ...recipeSettings(),
    EXECUTIONS_MODE: 'queue',
    DB_TYPE: 'postgresdb',
    DB_POSTGRESDB_HOST: '127.0.0.1',
    DB_POSTGRESDB_PORT: String(postgres.port),
    DB_POSTGRESDB_DATABASE: postgres.database,
    DB_POSTGRESDB_USER: postgres.user,
    DB_POSTGRESDB_PASSWORD: '',
    QUEUE_BULL_REDIS_HOST: '127.0.0.1',
    QUEUE_BULL_REDIS_PORT: String(redis.port),
    // Binary data (the export read, the rendered reports) must be readable by every instance.
    N8N_DEFAULT_BINARY_DATA_MODE: 'database',
  };
}

/** Starts `n8n worker` and waits until its readiness check (database and Redis reachable) answers. */
async function startWorker(name, env) {
  const healthPort = await freePort();
  const logFile = join(env.N8N_USER_FOLDER, `${name}.log`);
  const child = await start(process.execPath, [n8nBin, 'worker', `--concurrency=${WORKER_CONCURRENCY}`], {
    env: { ...env, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort), N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
    logFile,
  });
  n8nProcesses.push(child);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${healthPort}/healthz/readiness`)).ok, `${name} ready (log: ${logFile})`);
  log(`${name} ready (pid ${child.pid}, log ${logFile})`);
  return { name, logFile, child, env };
}

/** The execution ids each worker's log says it started and finished. */
function workerRuns(workers) {
  return workers.map((w) => {
    const text = readFileSync(w.logFile, 'utf8');
    const ids = (re) => new Set([...text.matchAll(re)].map((m) => m[1]));
    return { name: w.name, started: ids(/Worker started execution (\d+) /g), finished: ids(/Worker finished execution (\d+) /g) };
  });
}

/**
 * What the runs recorded in the history (the queue's PostgreSQL, as the workflow's credential
 * names it): every ward with dossiers once as the current entry of the period, and one version per
 * execution — the workers recorded the same wards at the same time, none lost, none twice.
 */
async function historyChecks({ period, wards }, runs) {
  const { openHistory } = await import('@tthc/history');
  const { user, port, database } = services.postgres;
  const store = await openHistory(`postgres://${user}@127.0.0.1:${port}/${database}`);
  try {
    const current = (await store.list()).filter((e) => e.period.from === period.from && e.period.to === period.to);
    const keys = current.map((e) => e.unit);
    // Units of the data the table does not list are recorded too (as the data names them).
    expect(
      new Set(keys).size === keys.length && wards.every((w) => keys.filter((k) => k === w).length === 1),
      `history: each ward with dossiers is the current entry of ${period.from}–${period.to} exactly once (${keys.join(', ')})`,
    );
    for (const unit of wards) {
      const versions = (await store.versions({ unit, period })).map((e) => e.version);
      const expected = Array.from({ length: runs }, (_, i) => runs - i).join(',');
      expect(versions.join(',') === expected, `history: ${unit}: one version per execution, none lost or twice (${versions.length} of ${runs})`);
    }
  } finally {
    await store.close();
  }
}

/** The executions of the workflow (default: the scenario's), newest first (the REST API the editor uses). */
async function executions(server, id = workflowId) {
  const filter = encodeURIComponent(JSON.stringify({ workflowId: id }));
  const response = await fetch(`${server.base}/rest/executions?filter=${filter}&limit=100`, { headers: { cookie: `n8n-auth=${server.cookie}` } });
  if (!response.ok) throw new Error(`GET /rest/executions: ${response.status}`);
  return (await response.json()).data.results;
}

const finished = (e) => Boolean(e.stoppedAt) && e.status !== 'running' && e.status !== 'new';

/**
 * One entry per execution. n8n lists the running executions and the finished ones by two queries,
 * so an execution that finishes between them is listed twice (running, then finished): the
 * finished entry stands.
 */
function latestById(list) {
  const byId = new Map();
  for (const e of list) if (!byId.has(e.id) || finished(e)) byId.set(e.id, e);
  return [...byId.values()];
}

/** The error message of a failed execution (its run data, as the editor reads it). */
async function failure(server, execution) {
  const response = await fetch(`${server.base}/rest/executions/${execution.id}`, { headers: { cookie: `n8n-auth=${server.cookie}` } });
  const text = response.ok ? await response.text() : '';
  return `#${execution.id} ${execution.status}: ${text.match(/"message":"((?:[^"\\]|\\.)*)"/)?.[1]?.slice(0, 400) ?? `(no message; GET ${response.status})`}`;
}

/**
 * A worker killed mid-send, then the workflow triggered again: the SMTP sink lets the
 * run's first two mails through and holds the third unanswered; the worker running it is killed
 * (SIGKILL), so SMTP never accepts that mail; the supervisor's restart is played by starting the
 * worker again; once the dead run's lease has ended the webhook is called again, then a third
 * time. Every ward and the summary must have been mailed exactly once in all.
 */
async function crashRecovery({ scenario, server, workers, envOf, folders }) {
  const post = () => fetch(`${server.base}/webhook/${scenario.crash.webhookPath}`, { method: 'POST', headers: { ...scenario.headers } });
  const finishedRuns = async (after) => latestById(await executions(server, crashWorkflowId)).filter((e) => Number(e.id) > after && finished(e));
  const base = sink.messages.length;
  const held = sink.hold(base + 2);
  const first = await post();
  expect(first.ok, `crash: the webhook took the first call (${first.status})`);
  const heldMail = await Promise.race([held, new Promise((_, reject) => setTimeout(() => reject(new Error('crash: no third mail within 300 s')), 300_000))]);
  const [running] = await executions(server, crashWorkflowId);
  const runner = await waitFor(() => workers.find((w) => readFileSync(w.logFile, 'utf8').includes(`Worker started execution ${running.id} `)), `the worker running #${running.id}`);
  log(`crash: ${sink.messages.length - base} mails accepted, the third (to ${heldMail.to.join(', ')}) held; killing ${runner.name} (pid ${runner.child.pid}) running #${running.id}…`);
  runner.child.kill('SIGKILL');
  await waitFor(() => sink.dropped.length > 0, 'the held mail dropped (its client gone)');
  const acceptedBeforeKill = sink.messages.length - base;
  // What the recipe's supervisor does (systemd Restart=always, compose restart: unless-stopped).
  const restarted = await startWorker(`${runner.name}-restarted`, await envOf(folders[runner.name]));
  workers.splice(workers.indexOf(runner), 1, restarted);
  log(`crash: ${runner.name} started again; waiting out the dead run's lease (${CRASH_LEASE_SECONDS} s)…`);
  await new Promise((resolve) => setTimeout(resolve, (CRASH_LEASE_SECONDS + 2) * 1000));
  for (const call of ['second', 'third']) {
    const last = Math.max(...(await executions(server, crashWorkflowId)).map((e) => Number(e.id)));
    const response = await post();
    expect(response.ok, `crash: the webhook took the ${call} call (${response.status})`);
    const [done] = await waitFor(async () => {
      const runs = await finishedRuns(last);
      return runs.length > 0 ? runs : undefined;
    }, `crash: the ${call} call's execution`, { timeoutMs: 600_000 });
    expect(done.status === 'success', `crash: the ${call} call's execution #${done.id} succeeded (${done.status === 'success' ? done.status : await failure(server, done)})`);
  }
  const mails = sink.messages.slice(base);
  log(`crash: ${acceptedBeforeKill} mails before the kill, ${sink.dropped.length} dropped with the worker, ${mails.length - acceptedBeforeKill} after; ${mails.length} in all for ${scenario.crash.mails.length} expected`);
  await checkMails('crash (worker killed, triggered again twice)', mails, scenario.crash.mails);
  return { acceptedBeforeKill, dropped: sink.dropped.length, afterRestart: mails.length - acceptedBeforeKill, total: mails.length, expected: scenario.crash.mails.length };
}

/**
 * One round: every call POSTed at once to the production webhook; done when every execution of
 * the round has finished and every expected mail has arrived. Returns the round's time, its
 * executions and mails.
 */
async function round(label, { scenario, server, workers, known, repeat = 1, measured = false }) {
  const calls = Array.from({ length: repeat }, () => scenario.calls).flat();
  const expected = calls.flatMap((c) => c.mails);
  const mailsBefore = sink.messages.length;
  const t0 = Date.now();
  const responses = await Promise.all(
    calls.map((c) =>
      fetch(`${server.base}/webhook/${scenario.webhookPath}`, { method: 'POST', headers: { 'content-type': 'application/json', ...scenario.headers }, body: JSON.stringify(c.body) }),
    ),
  );
  expect(responses.every((r) => r.ok), `${label}: the webhook took the ${calls.length} calls (${responses.map((r) => r.status).join(', ')})`);
  const runs = await waitFor(
    async () => {
      const mine = latestById((await executions(server)).filter((e) => !known.has(e.id)));
      const done = mine.filter(finished);
      if (done.length < calls.length || done.length < mine.length) return undefined;
      // A failed run sends no mail: stop waiting for it.
      return sink.messages.length >= mailsBefore + expected.length || done.some((e) => e.status !== 'success') ? mine : undefined;
    },
    `${label}: ${calls.length} executions and ${expected.length} e-mails`,
    { timeoutMs: 600_000, everyMs: 250 },
  );
  const ms = Date.now() - t0;
  for (const e of runs) known.add(e.id);
  const failed = runs.filter((e) => e.status !== 'success');
  if (failed.length > 0) throw new Error(`${label}: executions failed: ${(await Promise.all(failed.map((e) => failure(server, e)))).join('; ')}`);
  log(`${label}: ${runs.length} executions, ${sink.messages.length - mailsBefore} e-mails in ${(ms / 1000).toFixed(1)} s`);
  expect(runs.length === calls.length, `${label}: one execution per call (${runs.length})`);
  expect(runs.every((e) => e.status === 'success' && e.mode === 'webhook'), `${label}: every execution succeeded, started by the webhook (${runs.map((e) => `#${e.id} ${e.mode} ${e.status}`).join(', ')})`);

  // Who ran what: each execution in exactly one worker's log, started and finished there. A
  // worker may log its "finished" line after the execution is saved as done (its output reaches
  // the log file later on a busy machine): the logs are read again until every execution is in
  // one, for up to a minute, before the check.
  const ranByNow = () => {
    const byWorker = workerRuns(workers);
    return Object.fromEntries(runs.map((e) => [e.id, byWorker.filter((w) => w.started.has(e.id) && w.finished.has(e.id)).map((w) => w.name)]));
  };
  let ranBy = ranByNow();
  for (const deadline = Date.now() + 60_000; runs.some((e) => ranBy[e.id].length === 0) && Date.now() < deadline; ranBy = ranByNow()) {
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(runs.every((e) => ranBy[e.id].length === 1), `${label}: each execution ran on one worker (${runs.map((e) => `#${e.id} → ${ranBy[e.id].join('+') || 'none'}`).join(', ')})`);
  const used = new Set(Object.values(ranBy).flat());
  if (measured && workers.length > 1) expect(used.size === workers.length, `${label}: every worker ran executions (${[...used].join(', ')})`);

  const mails = await checkMails(label, sink.messages.slice(mailsBefore), expected);
  return { ms, executions: runs.map((e) => ({ id: e.id, worker: ranBy[e.id][0], startedAt: e.startedAt, stoppedAt: e.stoppedAt })), mails };
}

/** Each expected mail arrived (as many times as expected), to its recipients, with its attachments and figures; saved as <round>-<slug>-<n>.eml. */
async function checkMails(label, received, expected) {
  const parsed = [];
  for (const m of received) parsed.push({ ...m, mail: await simpleParser(readFileSync(m.file)) });
  expect(received.length === expected.length, `${label}: ${expected.length} e-mails expected, ${received.length} received`);
  const files = [];
  const keyOf = (to) => [...to].sort().join(',');
  const seen = new Map();
  for (const want of expected) {
    const key = keyOf(want.to);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const matches = parsed.filter((p) => keyOf(p.to) === key);
    const times = expected.filter((e) => keyOf(e.to) === key).length;
    if (n === 1) expect(matches.length === times, `${label}: ${times} e-mail(s) to ${key} (${matches.length})`);
    const got = matches[n - 1];
    if (!got) continue;
    const file = join(out, `${label}-${want.slug}-${n}.eml`);
    renameSync(got.file, file);
    files.push(file.split('/').pop());
    const names = got.mail.attachments.map((a) => a.filename);
    expect(want.attachments.every((n) => names.includes(n)), `${label}: ${want.label}: ${names.join(', ')} attached`);
    if (!want.figures) continue;
    const docx = got.mail.attachments.find((a) => a.filename?.endsWith('.docx'));
    const paragraphs = docx ? docxParagraphs(docx.content) : [];
    const { received: r, resolved } = want.figures;
    const says = (re) => paragraphs.some((p) => re.test(p));
    expect(
      says(new RegExp(`Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 0*${r} hồ sơ`)) && says(new RegExp(`đã giải quyết 0*${resolved} hồ sơ`)),
      `${label}: ${want.label}: the DOCX states ${r} received and ${resolved} resolved (computed from examples/city/dossiers.jsonl)`,
    );
  }
  return files;
}

async function main() {
  freshDir(out);
  await ensureN8n(log);
  await ensureBuilt(log);
  if (!scenarios[QUEUE_SCENARIO]) throw new Error(`unknown scenario "${QUEUE_SCENARIO}" (known: ${Object.keys(scenarios).join(', ')})`);
  const scenario = await scenarios[QUEUE_SCENARIO]({ webhookHeaders: { [CITY_WEBHOOK_HEADER]: CITY_KEY } });
  log(`scenario "${QUEUE_SCENARIO}": ${scenario.description}; ${scenario.calls.length} calls, ${scenario.calls.flatMap((c) => c.mails).length} e-mails per round`);

  // Redis as the recipe keeps it: every write in its append-only file.
  services.redis = await startRedis(await freePort(), log, { appendonly: true });
  log(`Redis ${services.redis.version} on 127.0.0.1:${services.redis.port} (data ${services.redis.dir})`);
  services.postgres = await startPostgres(await freePort(), {}, log);
  log(`PostgreSQL ${services.postgres.version} on 127.0.0.1:${services.postgres.port}${services.postgres.runAs ? ` as the ${services.postgres.runAs} user` : ''} (data ${services.postgres.dir})`);

  log('packing the workspace packages; installing them as a community package for the main instance and each worker…');
  const tarballs = await packWorkspacePackages(join(out, 'tarballs'));
  const folders = { main: join(out, 'main'), 'worker-1': join(out, 'worker-1'), 'worker-2': join(out, 'worker-2') };
  for (const folder of Object.values(folders)) await installCommunityPackage(folder, log, tarballs);

  sink = await startSmtpSink(out, 'received');
  log(`SMTP sink on 127.0.0.1:${sink.port}, saving to ${out}`);
  const shared = queueSettings(services.postgres, services.redis);
  const envOf = async (folder) => n8nEnv(folder, [...scenario.reads, out], await freePort(), shared);
  const mainEnv = await envOf(folders.main);

  const importDir = join(out, 'import');
  freshDir(importDir);
  writeFileSync(
    join(importDir, 'credentials.json'),
    JSON.stringify([
      { ...credential, type: 'smtp', data: { user: '', password: '', host: '127.0.0.1', port: sink.port, secure: false, disableStartTls: true, hostName: 'localhost' } },
      // The listening examples' credentials, as examples/n8n/make-credentials.mjs makes them (the city webhook's key known here).
      ...exampleCredentials({ formPassword: 'e2e-form-password', cityKey: CITY_KEY }),
      ...[
        [historyCredential, services.postgres.database],
        [crashHistory, CRASH_DATABASE],
      ].map(([c, database]) => ({
        ...c,
        type: 'postgres',
        data: { host: '127.0.0.1', port: services.postgres.port, database, user: services.postgres.user, password: '', ssl: 'disable', allowUnauthorizedCerts: false, maxConnections: 10 },
      })),
    ]),
  );
  await createDatabase(services.postgres, CRASH_DATABASE);
  const workflow = scenario.workflow({ id: workflowId, credential, from: 'bao-cao@e2e.test', out, history: historyCredential });
  writeFileSync(join(importDir, 'workflow.json'), JSON.stringify(workflow, null, 2));
  log('n8n import:credentials, import:workflow, publish:workflow (into PostgreSQL)…');
  await n8n(['import:credentials', `--input=${join(importDir, 'credentials.json')}`], mainEnv);
  await n8n(['import:workflow', `--input=${join(importDir, 'workflow.json')}`], mainEnv);
  await n8n(['publish:workflow', `--id=${workflowId}`], mainEnv);
  if (scenario.crash) {
    const crash = scenario.crash.workflow({ id: crashWorkflowId, credential, out, history: crashHistory, leaseSeconds: CRASH_LEASE_SECONDS });
    writeFileSync(join(importDir, 'crash-workflow.json'), JSON.stringify(crash, null, 2));
    await n8n(['import:workflow', `--input=${join(importDir, 'crash-workflow.json')}`], mainEnv);
    await n8n(['publish:workflow', `--id=${crashWorkflowId}`], mainEnv);
  }

  const server = await startN8nServer(mainEnv, await freePort(), log);
  n8nProcesses.push(server.child);
  const known = new Set((await executions(server)).map((e) => e.id));

  // Each measured round follows an unmeasured one in which every worker has run an execution
  // (a worker's first execution loads the nodes and their libraries: seconds, not the queue's cost).
  const worker1 = await startWorker('worker-1', await envOf(folders['worker-1']));
  await round('warm-up-1', { scenario, server, workers: [worker1], known });
  const one = await round('one-worker', { scenario, server, workers: [worker1], known, repeat: MEASURED_REPEAT, measured: true });
  expect(one.executions.every((e) => e.worker === 'worker-1'), 'one-worker: worker-1 ran every execution');
  const worker2 = await startWorker('worker-2', await envOf(folders['worker-2']));
  const both = [worker1, worker2];
  let warm = false;
  for (let attempt = 1; attempt <= 5 && !warm; attempt++) {
    warm = (await round(`warm-up-2-${attempt}`, { scenario, server, workers: both, known })).executions.some((e) => e.worker === 'worker-2');
  }
  expect(warm, 'warm-up: worker-2 ran an execution');
  const two = await round('two-workers', { scenario, server, workers: both, known, repeat: MEASURED_REPEAT, measured: true });

  if (scenario.history) await historyChecks(scenario.history, known.size);

  // The main instance put every run on the queue (and, being no worker, ran none itself).
  const mainLog = readFileSync(server.logFile, 'utf8');
  const enqueued = new Set([...mainLog.matchAll(/Enqueued execution (\d+) \(job/g)].map((m) => m[1]));
  expect([...known].every((id) => enqueued.has(id)), `the main instance enqueued every execution (${enqueued.size} of ${known.size})`);
  // Redis away for 15 s (a restart): with the recipe's settings every n8n process stays up and the
  // next trigger completes (n8n's defaults: all of them exit after 10 s).
  log(`Redis stopped for ${REDIS_OUTAGE_MS / 1000} s…`);
  const { port: redisPort, dir: redisDir } = services.redis;
  await stopService(services.redis, { keepData: true });
  await new Promise((resolve) => setTimeout(resolve, REDIS_OUTAGE_MS));
  services.redis = await startRedis(redisPort, log, { appendonly: true, dir: redisDir });
  log('Redis started again on the same port and data');
  const exited = n8nProcesses.filter((c) => c.exitCode !== null || c.signalCode !== null);
  expect(exited.length === 0, `Redis outage: the main instance and both workers are still running (${n8nProcesses.length - exited.length} of ${n8nProcesses.length})`);
  const after = await round('after-redis-outage', { scenario, server, workers: both, known });
  expect(after.executions.length === scenario.calls.length, `Redis outage: the next trigger completes (${after.executions.length} executions, every mail once)`);

  const crash = scenario.crash ? await crashRecovery({ scenario, server, workers: [...both], envOf, folders }) : undefined;

  const seconds = (ms) => (ms / 1000).toFixed(1);
  const calls = one.executions.length;
  const perWorker = (r) => both.map((w) => `${w.name} ${r.executions.filter((e) => e.worker === w.name).length}`).join(', ');
  log(`run time: ${calls} calls (${scenario.calls.length} × ${MEASURED_REPEAT}) with 1 worker ${seconds(one.ms)} s, with 2 workers ${seconds(two.ms)} s (×${(one.ms / two.ms).toFixed(2)}; executions per worker: ${perWorker(two)})`);
  writeFileSync(
    join(out, 'summary.json'),
    `${JSON.stringify(
      {
        scenario: QUEUE_SCENARIO,
        versions: { n8n: '2.8.4', redis: services.redis.version, postgres: services.postgres.version, node: process.versions.node },
        workerConcurrency: WORKER_CONCURRENCY,
        settings: shared,
        rounds: { oneWorker: one, twoWorkers: two },
        crash,
        failures,
      },
      null,
      2,
    )}\n`,
  );
}

/** Stops everything this script started: n8n first (it holds connections to both), then the database and the queue. */
async function cleanUp() {
  await Promise.all(n8nProcesses.map((c) => stop(c, 'SIGTERM', 20_000)));
  await sink?.close();
  await stopService(services.postgres).catch((e) => process.stderr.write(`[queue] stopping PostgreSQL: ${e.message}\n`));
  await stopService(services.redis).catch((e) => process.stderr.write(`[queue] stopping Redis: ${e.message}\n`));
  await stopAll();
}
// An error thrown outside main's promise chain (e.g. by a stream) must not leave the servers running.
process.once('uncaughtException', (error) => {
  process.stderr.write(`[queue] ${error.stack ?? error}\n`);
  void cleanUp().finally(() => process.exit(1));
});

await runMain({ main, failures, log, out, tag: 'queue', cleanUp });
