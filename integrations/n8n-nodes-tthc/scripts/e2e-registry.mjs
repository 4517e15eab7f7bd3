// pnpm test:n8n:registry — n8n-nodes-tthc as IT staff install it from a registry: every package
// published to a local npm registry (Verdaccio on 127.0.0.1, scripts/lib/localRegistry.mjs), then
// `npm install n8n-nodes-tthc` from it into a fresh n8n user folder's nodes folder (the README's
// manual install: n8n 2.8's Settings → Community Nodes installs from a registry other than
// npmjs.org only with an enterprise licence), and the weekly example run by n8n on the example
// ward's exports: the report mailed with the seed's figures.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { ensureBuilt, ensureN8n, executeWorkflow, freePort, freshDir, installCommunityPackage, n8n, n8nEnv, nodeOutput } from './lib/n8nRuntime.mjs';
import { startLocalRegistry } from './lib/localRegistry.mjs';
import { packedPackages, repoRoot } from './lib/paths.mjs';
import { readExample, weeklyForTest } from './lib/workflows.mjs';
import { runMain } from './lib/runMain.mjs';
import { startSmtpSink } from '../../../scripts/lib/smtpSink.mjs';
import { stop, stopAll } from '../../../scripts/lib/processes.mjs';

const started = Date.now();
const log = (m) => process.stdout.write(`[registry ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);
const failures = [];
const expect = (ok, what) => {
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const out = join(repoRoot, 'out', 'n8n-registry');
const wardDir = join(repoRoot, 'examples', 'hai-an');
const period = { from: '2025-12-25', to: '2026-01-07' };
let registry;
let sink;

async function main() {
  freshDir(out);
  await ensureN8n(log);
  await ensureBuilt(log);
  registry = await startLocalRegistry(join(out, 'registry'), await freePort(), log);
  log(`local registry on ${registry.url}`);
  const published = [];
  for (const p of packedPackages) published.push(await registry.publish(p));
  log(`published ${published.map((p) => `${p.name}@${p.version}`).join(', ')}`);
  const n8nPackage = published.find((p) => p.name === 'n8n-nodes-tthc');

  const userFolder = join(out, 'n8n-user');
  const nodesDir = await installCommunityPackage(userFolder, log, [`n8n-nodes-tthc@${n8nPackage.version}`], { registry: registry.url });
  // Each installed package is the tarball the local registry serves (the same integrity).
  const lock = JSON.parse(readFileSync(join(nodesDir, 'package-lock.json'), 'utf8')).packages;
  const same = [];
  for (const p of published) {
    const served = (await (await fetch(`${registry.url}${p.name.replace('/', '%2f')}`)).json()).versions?.[p.version]?.dist?.integrity;
    same.push([p.name, served !== undefined && lock[`node_modules/${p.name}`]?.integrity === served]);
  }
  expect(same.every(([, ok]) => ok), `npm installed n8n-nodes-tthc and every @tthc package as the local registry serves them (${same.map(([n, ok]) => `${n} ${ok ? 'same' : 'DIFFERENT'}`).join(', ')})`);

  const inputs = join(out, 'inputs');
  mkdirSync(inputs, { recursive: true });
  for (const f of readdirSync(join(wardDir, 'exports'))) copyFileSync(join(wardDir, 'exports', f), join(inputs, f));
  sink = await startSmtpSink(out, 'received');
  const env = n8nEnv(userFolder, [out, wardDir], await freePort());
  const credential = { id: 'tthcRegSmtp00001', name: 'SMTP (registry test)' };
  const importDir = join(out, 'import');
  mkdirSync(importDir, { recursive: true });
  writeFileSync(
    join(importDir, 'credentials.json'),
    JSON.stringify([{ ...credential, type: 'smtp', data: { user: '', password: '', host: '127.0.0.1', port: sink.port, secure: false, disableStartTls: true, hostName: 'localhost' } }]),
  );
  const workflow = weeklyForTest(readExample('weekly-report.workflow.json'), {
    id: 'TthcRegWeekly001',
    name: 'registry test: weekly report',
    inputDir: inputs,
    wardDir,
    archiveDir: join(out, 'archive'),
    period,
    credential,
    to: 'lanh-dao@e2e.test',
    history: { dir: join(out, 'lich-su') },
  });
  // Run by `n8n execute`, which may exit before an error workflow it starts has run.
  delete workflow.settings?.errorWorkflow;
  mkdirSync(join(out, 'archive'), { recursive: true });
  writeFileSync(join(importDir, 'workflow.json'), JSON.stringify(workflow, null, 2));
  await n8n(['import:credentials', `--input=${join(importDir, 'credentials.json')}`], env);
  await n8n(['import:workflow', `--input=${join(importDir, 'workflow.json')}`], env);
  log('the weekly example on the Hải An exports (n8n execute)…');
  const run = await executeWorkflow('TthcRegWeekly001', env);
  const metrics = nodeOutput(run.data, 'TTHC Metrics')[0]?.json;
  expect(run.data?.status === 'success' && metrics?.received?.total === 325 && metrics?.resolved?.total === 108, `the weekly run: received ${metrics?.received?.total}, resolved ${metrics?.resolved?.total} (the seed: 325, 108)`);
  await sink.waitFor(1, 60_000);
  const mail = await simpleParser(readFileSync(sink.messages[0].file));
  const names = mail.attachments.map((a) => a.filename).sort();
  expect(
    JSON.stringify(names) === JSON.stringify(['docx', 'xlsx'].map((ext) => `phuong-hai-an-${period.from}-${period.to}.${ext}`)),
    `the report mailed, DOCX and XLSX attached (${names.join(', ')})`,
  );
}

await runMain({
  main,
  failures,
  log,
  out,
  tag: 'registry',
  cleanUp: async () => {
    await sink?.close();
    if (registry) await stop(registry.child);
    await stopAll();
  },
});
