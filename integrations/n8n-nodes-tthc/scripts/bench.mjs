// pnpm bench:n8n — a 200k-row one-stop export through the TTHC nodes, versus n8n's own
// Extract From File (xlsx) plus a Code node counting the same rows, in the same n8n 2.8.4; and the
// city workflow (examples/n8n/city-report.workflow.json, mails to a local SMTP sink) on a 200k-row
// export of TTHC_BENCH_WARDS wards (default 40):
// wall time of `n8n execute`, the nodes' own execution times, and the peak resident memory of
// n8n and its task runner (sampled every 100 ms). Run with `node --import tsx` (the data writer is TS).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ensureN8n, executeWorkflow, freePort, freshDir, installCommunityPackage, n8n, n8nEnv, nodeOutput, nodeTime, runPhaseAt } from './lib/n8nRuntime.mjs';
import { repoRoot } from './lib/paths.mjs';
import { stopAll } from '../../../scripts/lib/processes.mjs';
import { startSmtpSink } from '../../../scripts/lib/smtpSink.mjs';
import { writeBenchCity, writeBenchExport } from './lib/benchData.ts';
import { cityForTest, readExample } from './lib/workflows.mjs';

const ROWS = Number(process.env.TTHC_BENCH_ROWS || 200_000);
const WARDS = Number(process.env.TTHC_BENCH_WARDS || 40);
/** The city workflow's target: n8n and its task runner together, peak RSS. */
const CITY_TARGET_MB = 500;
const out = join(repoRoot, 'out', 'n8n-bench');
const started = Date.now();
const log = (m) => process.stdout.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);

const node = (name, type, typeVersion, position, parameters) => ({ id: name.replace(/\W/g, ''), name, type, typeVersion, position, parameters });
const manual = node('Start', 'n8n-nodes-base.manualTrigger', 1, [0, 0], {});
const chain = (names) => Object.fromEntries(names.slice(0, -1).map((n, i) => [n, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]));
const workflow = (id, name, nodes) => ({ id, name, active: false, nodes, connections: chain(nodes.map((n) => n.name)), settings: { executionOrder: 'v1' } });

const countCode = `// Counts the export's dossier rows by status and channel, as a hand-made workflow would.
const byStatus = {};
const byChannel = {};
let rows = 0;
let dossiers = 0;
for (const item of $input.all()) {
  rows++;
  const code = item.json['Số hồ sơ'];
  if (code === undefined || code === '') continue;
  dossiers++;
  const s = item.json['Trạng thái hồ sơ'];
  byStatus[s] = (byStatus[s] || 0) + 1;
  const c = item.json['Hình thức nộp'];
  byChannel[c] = (byChannel[c] || 0) + 1;
}
return [{ json: { rows, dossiers, byStatus, byChannel } }];`;

async function main() {
  mkdirSync(out, { recursive: true });
  await ensureN8n(log);
  await ensureBuilt(log);
  const dataDir = join(out, 'data');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, `one-stop-${ROWS}.xlsx`);
  if (!existsSync(file)) {
    log(`writing ${ROWS} rows to ${file}…`);
    await writeBenchExport(join(repoRoot, 'examples/hai-an/dossiers.jsonl'), file, ROWS);
  }
  const sizeMb = statSync(file).size / 1e6;
  log(`export: ${file} (${sizeMb.toFixed(1)} MB)`);
  // The city: its own folder (the workflow reads every export of it), units.csv and the profiles.
  const cityDir = join(dataDir, `city-${WARDS}`);
  const cityExports = join(cityDir, 'exports');
  const cityFile = join(cityExports, `one-stop-${ROWS}.xlsx`);
  const units = writeBenchCity(cityDir, WARDS, readFileSync(join(repoRoot, 'examples/city/profiles/le-chan.yaml'), 'utf8'));
  if (!existsSync(cityFile)) {
    mkdirSync(cityExports, { recursive: true });
    log(`writing ${ROWS} rows of ${WARDS} wards to ${cityFile}…`);
    await writeBenchExport(join(repoRoot, 'examples/hai-an/dossiers.jsonl'), cityFile, ROWS, units);
  }
  const citySizeMb = statSync(cityFile).size / 1e6;

  const userFolder = freshDir(join(out, 'n8n-user'));
  await installCommunityPackage(userFolder, log);
  // The city workflow records every ward in its history, as shipped: a new embedded store each bench.
  const historyDir = freshDir(join(out, 'history'));
  const env = n8nEnv(userFolder, [dataDir, historyDir, join(repoRoot, 'examples/hai-an')], await freePort(), { N8N_RUNNERS_TASK_TIMEOUT: '1200' });
  const sink = await startSmtpSink(join(out, 'mail'), 'city');
  const credential = { id: 'tthcBenchSmtp001', name: 'SMTP bench sink' };
  const credentialsFile = join(out, 'credentials.json');
  const smtp = { user: '', password: '', host: '127.0.0.1', port: sink.port, secure: false, disableStartTls: true, hostName: 'localhost' };
  writeFileSync(credentialsFile, JSON.stringify([{ ...credential, type: 'smtp', data: smtp }]));
  await n8n(['import:credentials', `--input=${credentialsFile}`], env);
  const city = cityForTest(readExample('city-report.workflow.json'), {
    id: 'TthcBenchCity001',
    name: `city workflow, ${WARDS} wards`,
    inputDir: cityExports,
    unitsPath: join(cityDir, 'units.csv'),
    catalogPath: join(repoRoot, 'examples/hai-an/catalog.csv'),
    period: { from: '2025-12-25', to: '2026-01-07' },
    credential,
    cityOffice: 'van-phong@thanh-pho.bench.test',
    history: { dir: historyDir },
  });
  const read = node('Read export', 'n8n-nodes-base.readWriteFile', 1, [200, 0], { fileSelector: file, options: {} });
  const workflows = [
    workflow('TthcBenchBase001', 'baseline: start n8n, read the file', [manual, read]),
    workflow('TthcBenchTthc001', 'TTHC nodes', [
      manual,
      read,
      node('TTHC Import', 'n8n-nodes-tthc.tthcImport', 1, [400, 0], { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} }),
      node('TTHC Metrics', 'n8n-nodes-tthc.tthcMetrics', 1, [600, 0], { period: 'custom', from: '2025-12-25', to: '2026-01-07', catalogSource: 'none', options: {} }),
    ]),
    workflow('TthcBenchNative1', 'Extract From File + Code', [
      manual,
      read,
      node('Extract From File', 'n8n-nodes-base.extractFromFile', 1.1, [400, 0], { operation: 'xlsx', binaryPropertyName: 'data', options: { range: 4, headerRow: true } }),
      node('Code', 'n8n-nodes-base.code', 2, [600, 0], { mode: 'runOnceForAllItems', jsCode: countCode }),
    ]),
    city,
  ];
  const wfDir = join(out, 'workflows');
  freshDir(wfDir);
  for (const wf of workflows) writeFileSync(join(wfDir, `${wf.id}.json`), JSON.stringify(wf, null, 2));
  await n8n(['import:workflow', '--separate', `--input=${wfDir}`], env);

  const results = [];
  for (const wf of workflows) {
    log(`running "${wf.name}"…`);
    const r = await executeWorkflow(wf.id, env, 1_800_000, { sampleRss: true });
    const ran = wf.nodes.filter((n) => !/Trigger$|webhook$/.test(n.type) && r.data?.data?.resultData?.runData?.[n.name] && n.type !== 'n8n-nodes-base.readWriteFile');
    const times = Object.fromEntries((wf === city ? ran : wf.nodes.slice(2)).map((n) => [n.name, nodeTime(r.data, n.name)]));
    const lastNode = wf === city ? 'TTHC Render (từng phường)' : wf.nodes.at(-1).name;
    const last = wf === city ? { items: nodeOutput(r.data, lastNode).length, mails: sink.messages.length } : (nodeOutput(r.data, lastNode)[0]?.json ?? {});
    const peakDuring = runPhaseAt(r.data, r.peakAt);
    results.push({ name: wf.name, wallMs: r.ms, peakRssMb: r.peakRssKb / 1024, peakDuring, times, last });
    log(`  wall ${(r.ms / 1000).toFixed(1)} s, peak RSS ${(r.peakRssKb / 1024).toFixed(0)} MB (${peakDuring}), nodes ${JSON.stringify(times)}`);
  }

  await sink.close();
  const [base, tthc, native, cityRun] = results;
  const nodeMs = (r) => Object.values(r.times).reduce((a, b) => a + (b ?? 0), 0);
  const fmt = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const rss = (r) => `${r.peakRssMb.toFixed(0)} MB (${r.peakDuring})`;
  const table = [
    `${ROWS.toLocaleString('en-US')} rows, one-stop layout, ${sizeMb.toFixed(1)} MB xlsx; n8n 2.8.4, Node ${process.versions.node}, ${process.platform} ${(await import('node:os')).cpus().length} cores; binary data mode filesystem; one run each.`,
    '',
    '| workflow | processing nodes | node time | wall time of `n8n execute` | peak RSS (n8n + task runner) | result |',
    '|---|---|---|---|---|---|',
    `| baseline (start n8n, read the file) | — | — | ${fmt(base.wallMs)} | ${base.peakRssMb.toFixed(0)} MB | — |`,
    `| TTHC nodes | TTHC Import → TTHC Metrics | ${fmt(nodeMs(tthc))} | ${fmt(tthc.wallMs)} | ${rss(tthc)} | ${tthc.last.rows?.accepted ?? '?'} dossiers validated, all figures of the period |`,
    `| n8n's own nodes | Extract From File (xlsx) → Code | ${fmt(nodeMs(native))} | ${fmt(native.wallMs)} | ${rss(native)} | ${native.last.dossiers ?? '?'} rows counted by status and channel |`,
    `| city workflow (${WARDS} wards, ${citySizeMb.toFixed(1)} MB xlsx) | TTHC Import → TTHC Render (units table) → Send Email | ${fmt(nodeMs(cityRun))} | ${fmt(cityRun.wallMs)} | ${rss(cityRun)} | ${cityRun.last.items - 1} ward reports (DOCX + XLSX) and the summary, ${cityRun.last.mails} mails received |`,
    '',
    `Target of the city workflow: peak RSS ≤ ${CITY_TARGET_MB} MB (n8n + task runner): ${cityRun.peakRssMb <= CITY_TARGET_MB ? 'met' : 'NOT met'}.`,
  ].join('\n');
  writeFileSync(join(out, 'results.md'), `${table}\n`);
  writeFileSync(join(out, 'results.json'), `${JSON.stringify({ rows: ROWS, sizeMb, results }, null, 2)}\n`);
  process.stdout.write(`\n${table}\n\n`);
  if (tthc.last.rows?.accepted !== ROWS || native.last.dossiers !== ROWS) throw new Error('the two workflows did not count the same rows');
  if (cityRun.last.items !== WARDS + 1 || cityRun.last.mails !== WARDS + 1) throw new Error(`the city workflow did not give ${WARDS} ward reports and the summary, all mailed`);
}

let code = 0;
try {
  await main();
} catch (error) {
  code = 1;
  process.stderr.write(`[bench] ${error instanceof Error ? error.stack : String(error)}\n`);
} finally {
  await stopAll();
}
process.exit(code);
