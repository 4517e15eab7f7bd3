// pnpm test:n8n — end to end in a real n8n 2.8.4: the packed packages installed as a community
// package into a fresh user folder, a real SMTP server on 127.0.0.1 saving .eml files in
// out/n8n-e2e/, the example workflows imported as shipped, and the weekly workflow run headless
// on the Hải An exports (once with good files, once with a broken file among them).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { docxParagraphs, xlsxValues } from './lib/officeText.mjs';
import { ensureBuilt, ensureN8n, executeWorkflow, freePort, freshDir, installCommunityPackage, n8n, n8nEnv, nodeOutput } from './lib/n8nRuntime.mjs';
import { repoRoot } from './lib/paths.mjs';
import { stopAll } from './lib/processes.mjs';
import { startSmtpSink } from './lib/smtpSink.mjs';
import { dailyForTest, readExample, weeklyForTest } from './lib/workflows.mjs';

const started = Date.now();
const log = (m) => process.stdout.write(`[e2e ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);
const failures = [];
const expect = (ok, what) => {
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

// The seed's period and figures (domain.md §7; seed-report-hai-an.txt section IV).
const period = { from: '2025-12-25', to: '2026-01-07' };
const seedParagraphs = [
  /Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 325 hồ sơ/,
  /đã giải quyết 108 hồ sơ, trong đó đúng hạn, trước hạn: 107 hồ sơ; từ chối\/rút: 01 hồ sơ/,
  /toàn trình phát sinh hồ sơ: 07 thủ tục; một phần: 04 thủ tục/,
  /toàn trình: 3,24%, một phần: 2,48%/,
  /quá hạn đang xử lý \(Tính lũy kế đến kỳ báo cáo\): 0/,
];
const reportName = (ext) => `phuong-hai-an-${period.from}-${period.to}.${ext}`;

const out = join(repoRoot, 'out', 'n8n-e2e');
const wardDir = join(repoRoot, 'examples', 'hai-an');
let sink;

async function main() {
  freshDir(out);
  await ensureN8n(log);
  await ensureBuilt(log);

  const userFolder = join(out, 'n8n-user');
  const inputsGood = join(out, 'inputs', 'good');
  const inputsMixed = join(out, 'inputs', 'mixed');
  const archive = join(out, 'archive');
  for (const d of [userFolder, inputsGood, inputsMixed, archive]) mkdirSync(d, { recursive: true });

  // The example ward's exports; a broken workbook joins them for the second run.
  const exportsDir = join(wardDir, 'exports');
  const exportsFiles = existsSync(exportsDir) ? readdirSync(exportsDir).filter((f) => /\.(xlsx|csv|json|jsonl)$/i.test(f)) : [];
  const sources = exportsFiles.length > 0 ? exportsFiles.map((f) => join(exportsDir, f)) : [join(wardDir, 'dossiers.jsonl')];
  if (exportsFiles.length === 0) log('NOTE examples/hai-an/exports/ is missing: using examples/hai-an/dossiers.jsonl instead');
  for (const file of sources) {
    const base = file.split('/').pop();
    copyFileSync(file, join(inputsGood, base));
    copyFileSync(file, join(inputsMixed, base));
  }
  const xlsx = sources.find((f) => f.endsWith('.xlsx'));
  writeFileSync(
    join(inputsMixed, 'broken.xlsx'),
    xlsx ? readFileSync(xlsx).subarray(0, 2000) : Buffer.from('PK\u0003\u0004 this is not a workbook'),
  );
  log(`inputs: ${sources.map((f) => f.split('/').pop()).join(', ')} (+ broken.xlsx in the second run)`);

  log('packing the workspace packages and installing them as a community package…');
  await installCommunityPackage(userFolder, log);

  sink = await startSmtpSink(out, 'received');
  log(`SMTP sink on 127.0.0.1:${sink.port}, saving to ${out}`);
  const env = n8nEnv(userFolder, [join(out, 'inputs'), archive, wardDir], await freePort());
  const credential = { id: 'tthcE2eSmtp00001', name: 'SMTP e2e sink' };
  const importDir = join(out, 'import');
  mkdirSync(join(importDir, 'workflows'), { recursive: true });
  writeFileSync(
    join(importDir, 'credentials.json'),
    JSON.stringify([
      {
        ...credential,
        type: 'smtp',
        data: { user: '', password: '', host: '127.0.0.1', port: sink.port, secure: false, disableStartTls: true, hostName: 'localhost' },
      },
    ]),
  );
  const weekly = readExample('weekly-report.workflow.json');
  const daily = readExample('daily-overdue-alert.workflow.json');
  const to = 'lanh-dao@e2e.test';
  const workflows = {
    'weekly-report.workflow.json': weekly,
    'daily-overdue-alert.workflow.json': daily,
    'e2e-weekly-good.json': weeklyForTest(weekly, { id: 'TthcE2eWeekly001', name: 'e2e weekly (good files)', inputDir: inputsGood, wardDir, archiveDir: archive, period, credential, to }),
    'e2e-weekly-mixed.json': weeklyForTest(weekly, { id: 'TthcE2eWeekly002', name: 'e2e weekly (one broken file)', inputDir: inputsMixed, wardDir, archiveDir: archive, period, credential, to }),
    'e2e-daily.json': dailyForTest(daily, { id: 'TthcE2eDaily0001', name: 'e2e daily alert', inputDir: inputsGood, asOf: '2026-01-08T07:00', credential, to }),
  };
  for (const [file, wf] of Object.entries(workflows)) writeFileSync(join(importDir, 'workflows', file), JSON.stringify(wf, null, 2));

  log('n8n import:credentials');
  await n8n(['import:credentials', `--input=${join(importDir, 'credentials.json')}`], env);
  log('n8n import:workflow (both examples unchanged, and the test copies)');
  const imported = await n8n(['import:workflow', '--separate', `--input=${join(importDir, 'workflows')}`], env);
  expect(/Successfully imported 5 workflows/.test(imported.stdout + imported.stderr), 'the two example workflows and the test copies import into n8n');

  // Run 1: the weekly report on the good exports.
  log('run 1: weekly report on the good exports (n8n execute)…');
  const run1 = await executeWorkflow('TthcE2eWeekly001', env);
  log(`run 1 finished in ${(run1.ms / 1000).toFixed(1)} s`);
  await sink.waitFor(1, 30_000);
  const imported1 = nodeOutput(run1.data, 'TTHC Import')[0]?.json;
  writeFileSync(join(out, 'run1-import-accounting.json'), `${JSON.stringify(imported1, null, 2)}\n`);
  expect(imported1?.rows?.read === imported1?.rows?.accepted + imported1?.rows?.rejected + imported1?.rows?.skipped, `row accounting adds up: ${JSON.stringify(imported1?.rows)}`);
  const metrics1 = nodeOutput(run1.data, 'TTHC Metrics')[0]?.json;
  expect(metrics1?.received?.total === 325 && metrics1?.resolved?.total === 108, `metrics: received ${metrics1?.received?.total}, resolved ${metrics1?.resolved?.total}`);
  await checkReportEmail(sink.messages[0].file, 'run 1');
  for (const ext of ['docx', 'xlsx']) expect(existsSync(join(archive, reportName(ext))), `archive holds ${reportName(ext)}`);

  // Run 2: one broken file among the good ones.
  log('run 2: weekly report with broken.xlsx among the exports…');
  const run2 = await executeWorkflow('TthcE2eWeekly002', env);
  log(`run 2 finished in ${(run2.ms / 1000).toFixed(1)} s`);
  await sink.waitFor(2, 30_000);
  const errors2 = nodeOutput(run2.data, 'TTHC Import', 2);
  expect(errors2.length === 1 && /^broken\.xlsx: /.test(String(errors2[0].json.error)), `the error output of TTHC Import holds broken.xlsx: ${JSON.stringify(errors2.map((e) => e.json.error))}`);
  const mail2 = await checkReportEmail(sink.messages[1].file, 'run 2');
  expect(/broken\.xlsx/.test(mail2.text ?? ''), 'the run-2 email names broken.xlsx');

  // Daily alert: runs, and prints no applicant's name.
  log('daily alert workflow (run time 08/01/2026 07:00)…');
  const run3 = await executeWorkflow('TthcE2eDaily0001', env);
  const alerts = nodeOutput(run3.data, 'TTHC Alerts');
  log(`daily alert: ${alerts.length} alerts in ${(run3.ms / 1000).toFixed(1)} s`);
  if (alerts.length > 0) {
    await sink.waitFor(3, 30_000);
    const mail3 = await simpleParser(readFileSync(sink.messages[2].file));
    const applicants = new Set(readFileSync(join(wardDir, 'dossiers.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).applicant).filter(Boolean));
    expect(![...applicants].some((a) => mail3.text.includes(a)) && alerts.every((a) => a.json.applicant === undefined), 'the alert email carries no applicant name');
    expect(mail3.text.includes(alerts[0].json.code), 'the alert email lists the dossiers');
  }

  writeFileSync(
    join(out, 'summary.json'),
    `${JSON.stringify({ runs: { weekly: run1.ms, weeklyWithBrokenFile: run2.ms, daily: run3.ms }, messages: sink.messages.map((m) => m.file.split('/').pop()), failures }, null, 2)}\n`,
  );
}

async function checkReportEmail(file, label) {
  const mail = await simpleParser(readFileSync(file));
  const names = mail.attachments.map((a) => a.filename);
  expect(names.includes(reportName('docx')) && names.includes(reportName('xlsx')), `${label}: email ${file.split('/').pop()} has ${names.join(', ')} attached`);
  const docx = mail.attachments.find((a) => a.filename === reportName('docx'));
  const xlsx = mail.attachments.find((a) => a.filename === reportName('xlsx'));
  if (docx) {
    const paragraphs = docxParagraphs(docx.content);
    for (const re of seedParagraphs) expect(paragraphs.some((p) => re.test(p)), `${label}: the attached DOCX says ${re.source.replace(/\\/g, '')}`);
  }
  if (xlsx) {
    const values = xlsxValues(xlsx.content);
    expect(['325', '108', '217'].every((v) => values.includes(v)), `${label}: the attached XLSX annex holds 325, 108 and 217`);
  }
  return mail;
}

let code = 0;
try {
  await main();
  if (failures.length > 0) {
    code = 1;
    log(`${failures.length} check(s) failed`);
  } else log(`all checks passed; received mail in ${out}`);
} catch (error) {
  code = 1;
  process.stderr.write(`[e2e] ${error instanceof Error ? error.stack : String(error)}\n`);
} finally {
  await sink?.close();
  await stopAll();
}
process.exit(code);
