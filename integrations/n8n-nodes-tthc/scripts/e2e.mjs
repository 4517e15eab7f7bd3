// pnpm test:n8n — end to end in a real n8n 2.8.4: the packed packages installed as a community
// package into a fresh user folder, a real SMTP server on 127.0.0.1 saving .eml files in
// out/n8n-e2e/, the example workflows imported as shipped, and the weekly workflow run headless
// on the Hải An exports (good files; a broken file among them; a wrong path, which must fail;
// SMTP down, which must fail after archiving), and the city workflow on the example city (every
// ward's report to its own addresses, the summary to the city office). Then `n8n start` and Debian's Chromium: the editor
// (the TTHC nodes listed with their icons, the Metrics panel) and the officer's report form, filled
// in with the example exports, whose downloaded DOCX must carry the seed's figures, and the city
// workflow once more, started by its webhook.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { docxParagraphs, xlsxValues } from './lib/officeText.mjs';
import { ensureChromium, launchBrowser } from './lib/browser.mjs';
import { checkEditor, checkFailedExecution, fillReportForm } from './lib/browserChecks.mjs';
import { ensureBuilt, ensureN8n, executeWorkflow, freePort, freshDir, installCommunityPackage, n8n, n8nEnv, nodeOutput } from './lib/n8nRuntime.mjs';
import { startN8nServer } from './lib/n8nServer.mjs';
import { checkErrorWorkflow, checkForgedWards, checkFormLocked, checkTriggeredThrice, checkUploadLimits, checkWebhookLocked, exampleSecrets } from './lib/securityChecks.mjs';
import { repoRoot } from './lib/paths.mjs';
import { stopAll } from '../../../scripts/lib/processes.mjs';
import { startSmtpSink } from '../../../scripts/lib/smtpSink.mjs';
import { checkCityMails, cityCatalog, cityDir, cityPeriod } from './lib/cityChecks.mjs';
import { checkParity } from './lib/parityChecks.mjs';
import { cityForTest, dailyForTest, errorAlertForTest, formForTest, readExample, weeklyForTest } from './lib/workflows.mjs';
import { withWebhook } from './lib/queueScenario.mjs';
import { runMain } from './lib/runMain.mjs';
import { checkSignedMail, examplePkcs12Credential } from './lib/signingChecks.mjs';

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
// The two weeks before it, stored before the weekly runs: the report compares with them.
const previousWeeks = { from: '2025-12-11', to: '2025-12-24' };
// What the city workflow records: the wards of examples/city/units.csv with dossiers (named as the table
// writes them) and the unit of the export the table lacks (named as the export does).
const cityWards = ['UBND phường Lê Chân', 'UBND Phường Ngô Quyền', 'UBND phường Hồng Bàng', 'UBND phường Kiến An'];
const reportName = (ext) => `phuong-hai-an-${period.from}-${period.to}.${ext}`;

const out = join(repoRoot, 'out', 'n8n-e2e');
const wardDir = join(repoRoot, 'examples', 'hai-an');
let sink;
let browser;
/** The form workflow as imported (its settings may name server paths; nothing else may). */
let formWorkflow;
/** Where the error workflow writes its log. */
let errorLogDir;
/** The IT contact the error workflow mails. */
const itContact = 'cntt@e2e.test';

async function main() {
  freshDir(out);
  await ensureN8n(log);
  await ensureChromium(log);
  await ensureBuilt(log);

  const userFolder = join(out, 'n8n-user');
  const inputsGood = join(out, 'inputs', 'good');
  const inputsMixed = join(out, 'inputs', 'mixed');
  const inputsCity = join(out, 'inputs', 'city');
  const archive = join(out, 'archive');
  const archiveSmtpDown = join(out, 'archive-smtp-down');
  // The histories the weekly and city workflows keep (the examples' embedded store, in the test's folder).
  const weeklyHistory = join(out, 'history', 'hai-an');
  // Runs that must mail what run 1 already did (same ward, period and figures) keep their own ledger.
  const mixedHistory = join(out, 'history', 'hai-an-mixed');
  const signedHistory = join(out, 'history', 'hai-an-signed');
  const smtpDownHistory = join(out, 'history', 'hai-an-smtp-down');
  const cityHookHistory = join(out, 'history', 'thanh-pho-webhook');
  errorLogDir = join(out, 'nhat-ky');
  const cityHistory = join(out, 'history', 'thanh-pho');
  // The form's ward folders: one per ward of its list, named as the ward (profile and catalog).
  const wardsDir = join(out, 'don-vi');
  const haiAn = join(wardsDir, 'Phường Hải An');
  for (const d of [userFolder, inputsGood, inputsMixed, inputsCity, archive, archiveSmtpDown, haiAn, errorLogDir]) mkdirSync(d, { recursive: true });
  copyFileSync(join(cityDir, 'one-stop.xlsx'), join(inputsCity, 'one-stop.xlsx'));
  // The example city with the QĐ 766 section turned on in every ward's profile (the parity check).
  const cityIndex = join(out, 'inputs', 'city-index');
  mkdirSync(cityIndex, { recursive: true });
  for (const f of readdirSync(join(cityDir, 'profiles'))) {
    writeFileSync(join(cityIndex, f), `${readFileSync(join(cityDir, 'profiles', f), 'utf8')}\nserviceIndex: true\n`);
  }
  writeFileSync(join(cityIndex, 'units.csv'), readFileSync(join(cityDir, 'units.csv'), 'utf8').replaceAll('profiles/', ''));
  for (const f of ['profile.yaml', 'catalog.csv']) copyFileSync(join(wardDir, f), join(haiAn, f));
  // A ward planted outside the wards folder, in a folder n8n may read: only the lookup keeps a forged value from it.
  const planted = join(out, 'inputs', 'cai-cam');
  mkdirSync(planted, { recursive: true });
  writeFileSync(join(planted, 'profile.yaml'), readFileSync(join(wardDir, 'profile.yaml'), 'utf8').replaceAll('Hải An', 'Cài Cắm'));
  copyFileSync(join(wardDir, 'catalog.csv'), join(planted, 'catalog.csv'));

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
  const env = n8nEnv(userFolder, [join(out, 'inputs'), archive, archiveSmtpDown, join(out, 'history'), errorLogDir, wardDir, wardsDir, cityDir], await freePort());
  const credential = { id: 'tthcE2eSmtp00001', name: 'SMTP e2e sink' };
  // Nothing listens on this port: the "SMTP down" run.
  const smtpDown = { id: 'tthcE2eSmtpDown1', name: 'SMTP down' };
  const importDir = join(out, 'import');
  mkdirSync(join(importDir, 'workflows'), { recursive: true });
  // The credentials the listening examples are locked with, made as the README says (the script, its secrets from the environment).
  const made = execFileSync(process.execPath, [join(repoRoot, 'examples/n8n/make-credentials.mjs')], { env: { ...process.env, ...exampleSecrets }, stdio: ['ignore', 'pipe', 'ignore'] });
  writeFileSync(
    join(importDir, 'credentials.json'),
    JSON.stringify([
      ...JSON.parse(made.toString('utf8')),
      examplePkcs12Credential(),
      {
        ...credential,
        type: 'smtp',
        data: { user: '', password: '', host: '127.0.0.1', port: sink.port, secure: false, disableStartTls: true, hostName: 'localhost' },
      },
      {
        ...smtpDown,
        type: 'smtp',
        data: { user: '', password: '', host: '127.0.0.1', port: await freePort(), secure: false, disableStartTls: true, hostName: 'localhost' },
      },
    ]),
  );
  const weekly = readExample('weekly-report.workflow.json');
  const daily = readExample('daily-overdue-alert.workflow.json');
  const form = readExample('report-form.workflow.json');
  const city = readExample('city-report.workflow.json');
  const to = 'lanh-dao@e2e.test';
  const signedTo = 'van-thu@e2e.test';
  const cityOffice = ['van-phong@thanh-pho.e2e.test'];
  const history = { dir: weeklyHistory };
  formWorkflow = formForTest(form, { wardsDir, credential, to });
  const weeklyAt = (id, name, extra) => weeklyForTest(weekly, { id, name, inputDir: inputsGood, wardDir, archiveDir: archive, period, credential, to, history, ...extra });
  const cityAt = (id, name, extra) =>
    cityForTest(city, {
      id,
      name,
      inputDir: inputsCity,
      unitsPath: join(cityDir, 'units.csv'),
      catalogPath: cityCatalog,
      period: cityPeriod,
      credential,
      cityOffice: cityOffice.join(', '),
      history: { dir: cityHistory },
      ...extra,
    });
  const workflows = {
    'weekly-report.workflow.json': weekly,
    'daily-overdue-alert.workflow.json': daily,
    'city-report.workflow.json': city,
    'report-form.json': formWorkflow,
    'e2e-weekly-wrong-path.json': weeklyAt('TthcE2eWeekly003', 'e2e weekly (wrong path)', { inputDir: join(out, 'inputs', 'no-such-folder') }),
    'e2e-weekly-smtp-down.json': weeklyAt('TthcE2eWeekly004', 'e2e weekly (SMTP down)', { archiveDir: archiveSmtpDown, credential: smtpDown, history: { dir: smtpDownHistory } }),
    // The same, started by a webhook in the running n8n (a scheduled run's mode): its failure starts the error workflow.
    'e2e-weekly-smtp-down-hook.json': withWebhook(
      weeklyAt('TthcE2eWeekly005', 'e2e weekly (SMTP down, webhook)', { archiveDir: archiveSmtpDown, credential: smtpDown, history: { dir: smtpDownHistory } }),
      'tthc-e2e-smtp-down',
    ),
    'error-alert.workflow.json': errorAlertForTest(readExample('error-alert.workflow.json'), { logDir: errorLogDir, credential, to: itContact }),
    'e2e-weekly-good.json': weeklyAt('TthcE2eWeekly001', 'e2e weekly (good files)'),
    // The optional branch on: the PDFs signed as the organisation and mailed to the document office.
    'e2e-weekly-signed.json': weeklyAt('TthcE2eWeekly006', 'e2e weekly (signed PDF branch on)', { history: { dir: signedHistory }, sign: { credential: examplePkcs12Credential(), to: signedTo } }),
    'e2e-weekly-mixed.json': weeklyAt('TthcE2eWeekly002', 'e2e weekly (one broken file)', { inputDir: inputsMixed, history: { dir: mixedHistory } }),
    'e2e-city.json': cityAt('TthcE2eCity00001', 'e2e city report'),
    // The copy the webhook starts (published): its own ledger, so that its first call mails every ward.
    'e2e-city-hook.json': cityAt('TthcE2eCity00003', 'e2e city report (webhook)', { history: { dir: cityHookHistory } }),
    'e2e-city-index.json': cityAt('TthcE2eCity00002', 'e2e city report (QĐ 766 section on)', { unitsPath: join(cityIndex, 'units.csv') }),
    'e2e-daily.json': dailyForTest(daily, { id: 'TthcE2eDaily0001', name: 'e2e daily alert', inputDir: inputsGood, asOf: '2026-01-08T07:00', credential, to }),
  };
  // The copies run by `n8n execute` leave the error workflow out: that command may exit before the error
  // workflow it starts has run, and its mail would land among the runs' own. The copy started by a
  // webhook in the running n8n keeps it, as shipped, and is the one that tests it.
  for (const [file, wf] of Object.entries(workflows)) {
    if (file.startsWith('e2e-') && wf.id !== 'TthcE2eWeekly005' && wf.settings) delete wf.settings.errorWorkflow;
    writeFileSync(join(importDir, 'workflows', file), JSON.stringify(wf, null, 2));
  }

  log('n8n import:credentials');
  await n8n(['import:credentials', `--input=${join(importDir, 'credentials.json')}`], env);
  log('n8n import:workflow (the weekly and daily examples unchanged, the form with its test folders, and the test copies)');
  const imported = await n8n(['import:workflow', '--separate', `--input=${join(importDir, 'workflows')}`], env);
  const count = Object.keys(workflows).length;
  expect(new RegExp(`Successfully imported ${count} workflows`).test(imported.stdout + imported.stderr), `the example workflows and the test copies import into n8n (${count})`);

  // The weekly's history already holds the two weeks before (recorded by the library, as an earlier run would have).
  const { runReport } = await import('@tthc/report');
  const goodInputs = readdirSync(inputsGood).map((f) => ({ name: f, path: join(inputsGood, f) }));
  await runReport({ inputs: goodInputs, catalog: join(wardDir, 'catalog.csv'), period: previousWeeks, history: weeklyHistory }, { worker: false });

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
  const mail1 = await checkReportEmail(sink.messages[0].file, 'run 1');
  // The weekly workflow keeps its history: this period recorded, compared with the one before in section IV and the annex.
  expect(metrics1?.history?.previous?.period?.from === previousWeeks.from, `run 1: TTHC Metrics compared with the stored ${previousWeeks.from}–${previousWeeks.to} (${JSON.stringify(metrics1?.history?.previous?.period)})`);
  const docx1 = docxParagraphs(mail1.attachments.find((a) => a.filename === reportName('docx'))?.content ?? Buffer.alloc(0));
  expect(docx1.some((p) => p.includes('So với kỳ trước (11/12/2025 – 24/12/2025): tiếp nhận')), 'run 1: the mailed report says how its figures changed from the two weeks before');
  await checkHistory(weeklyHistory, ['UBND phường Hải An'], period, 'weekly history');
  for (const ext of ['docx', 'xlsx']) expect(existsSync(join(archive, reportName(ext))), `archive holds ${reportName(ext)}`);
  // The same request through the library and the CLI: the mailed files byte for byte (inputs in the order n8n read them).
  await checkParity({
    mails: [sink.messages[0].file],
    request: {
      inputs: (imported1?.inputs ?? []).map((i) => join(inputsGood, i.name)),
      catalog: join(wardDir, 'catalog.csv'),
      period,
      report: { profile: join(wardDir, 'profile.yaml') },
      formats: ['docx', 'xlsx'],
      history: weeklyHistory,
    },
    expect,
    label: 'parity, example ward (weekly workflow)',
  });

  // Run 1 again (a repeated trigger): the ledger says the report went out; no second mail.
  const run1b = await executeWorkflow('TthcE2eWeekly001', env);
  const sent1b = nodeOutput(run1b.data, 'Gửi email báo cáo')[0]?.json;
  expect(sink.messages.length === 1 && sent1b?.sent?.length === 0 && sent1b?.alreadySent?.includes(to), `weekly run again: not mailed twice (${sink.messages.length} mail; TTHC Send: ${JSON.stringify({ sent: sent1b?.sent, alreadySent: sent1b?.alreadySent })})`);

  // Run 2: one broken file among the good ones (its own ledger: the same report would not be mailed again).
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

  // The city workflow: one export of four units → a mail per ward of units.csv, and the summary.
  log('city workflow on examples/city (n8n execute)…');
  const beforeCity = sink.messages.length;
  const runCity = await executeWorkflow('TthcE2eCity00001', env);
  log(`city workflow finished in ${(runCity.ms / 1000).toFixed(1)} s`);
  await sink.waitFor(beforeCity + 4, 60_000);
  await checkCity(sink.messages.slice(beforeCity), cityOffice, 'city (n8n execute)');
  await checkHistory(cityHistory, cityWards, cityPeriod, 'city history');
  // Run again: the ledger says every mail went out; nothing is sent twice.
  const againCity = await executeWorkflow('TthcE2eCity00001', env);
  const againSent = nodeOutput(againCity.data, 'Gửi email từng phường').map((i) => i.json);
  expect(
    sink.messages.length === beforeCity + 4 && againSent.length === 4 && againSent.every((o) => o.sent.length === 0 && o.alreadySent.length > 0),
    `city run again: nothing mailed twice (${sink.messages.length - beforeCity} mails in all; TTHC Send: ${againSent.map((o) => `${o.unit} sent ${o.sent.length}, before ${o.alreadySent.length}`).join('; ')})`,
  );

  // The city again with every profile's QĐ 766 section on: each ward's index in its report, the
  // files byte-identical to the library's and the CLI's.
  log('city workflow with the QĐ 766 section on (n8n execute)…');
  const beforeIndex = sink.messages.length;
  const runIndex = await executeWorkflow('TthcE2eCity00002', env);
  await sink.waitFor(beforeIndex + 4, 60_000);
  const indexMails = sink.messages.slice(beforeIndex, beforeIndex + 4).map((m) => m.file);
  const wardDocx = (await Promise.all(indexMails.map(async (f) => (await simpleParser(readFileSync(f))).attachments))).flat().filter((a) => a.filename.endsWith('.docx'));
  expect(wardDocx.length === 3 && wardDocx.every((a) => docxParagraphs(a.content).some((p) => /766/.test(p))), `city, QĐ 766 on: each of the 3 wards' DOCX has the index section (${(runIndex.ms / 1000).toFixed(1)} s)`);
  await checkParity({
    mails: indexMails,
    request: { inputs: [join(inputsCity, 'one-stop.xlsx')], catalog: cityCatalog, period: cityPeriod, report: { units: join(cityIndex, 'units.csv') }, formats: ['docx', 'xlsx'] },
    expect,
    label: 'parity, example city with the QĐ 766 section on',
  });

  // A wrong path must fail the run, naming the glob and the node, in Vietnamese and English.
  log('run 4: weekly report with a wrong exports path (must fail)…');
  const run4 = await executeWorkflow('TthcE2eWeekly003', env, 300_000, { expectFailure: true });
  const glob = `${join(out, 'inputs', 'no-such-folder')}/*.{xlsx,csv,json,jsonl}`;
  expect(run4.code !== 0 && run4.data?.status === 'error', `the wrong-path run fails (exit ${run4.code}, status ${run4.data?.status})`);
  expect(
    run4.output.includes(`Không tìm thấy tệp xuất nào khớp "${glob}" (nút "Đọc tệp xuất")`) && run4.output.includes(`No export file matched "${glob}" (node "Đọc tệp xuất")`),
    'the wrong-path failure names the glob and the node, in Vietnamese and English',
  );
  expect(run4.data?.data?.resultData?.runData?.['TTHC Import'] === undefined, 'the wrong-path run never reaches TTHC Import');

  // SMTP down: the run fails (reported), and the archive still holds both files.
  log('run 5: weekly report with the SMTP server down (must fail after archiving)…');
  const run5 = await executeWorkflow('TthcE2eWeekly004', env, 300_000, { expectFailure: true });
  expect(run5.code !== 0 && run5.data?.data?.resultData?.error !== undefined, `the SMTP-down run fails (exit ${run5.code}): ${String(run5.data?.data?.resultData?.error?.message ?? '').slice(0, 120)}`);
  for (const ext of ['docx', 'xlsx']) expect(existsSync(join(archiveSmtpDown, reportName(ext))), `SMTP down: the archive still holds ${reportName(ext)}`);

  // The weekly's optional branch on: the report and annex as PDF, signed as the organisation, mailed once.
  log('run 6: weekly report with the signed-PDF branch on (LibreOffice, TTHC Sign)…');
  const beforeSigned = sink.messages.length;
  const run6 = await executeWorkflow('TthcE2eWeekly006', env);
  await sink.waitFor(beforeSigned + 2, 60_000);
  await checkSignedMail({ messages: sink.messages.slice(beforeSigned), to: signedTo, out: join(out, 'signed'), expect, label: `run 6 (${(run6.ms / 1000).toFixed(1)} s)` });

  const browserSummary = await browserPart({ env, exportsFiles: sources, broken: join(inputsMixed, 'broken.xlsx'), cityOffice });

  writeFileSync(
    join(out, 'summary.json'),
    `${JSON.stringify({ runs: { weekly: run1.ms, weeklyWithBrokenFile: run2.ms, daily: run3.ms, city: runCity.ms, wrongPath: run4.ms, smtpDown: run5.ms }, browser: browserSummary, messages: sink.messages.map((m) => m.file.split('/').pop()), failures }, null, 2)}\n`,
  );
}

/** The editor and the officer's form in Chromium, against `n8n start`. */
async function browserPart({ env, exportsFiles, broken, cityOffice }) {
  log('n8n publish:workflow (the form, the city workflow, a failing weekly copy, the error workflow) and n8n start…');
  await n8n(['publish:workflow', '--id=TthcReportForm01'], env);
  await n8n(['publish:workflow', '--id=TthcE2eCity00003'], env);
  await n8n(['publish:workflow', '--id=TthcE2eWeekly005'], env);
  // n8n 2.8 runs an error workflow only when it is published.
  await n8n(['publish:workflow', '--id=TthcErrorAlert01'], env);
  const server = await startN8nServer(env, await freePort(), log);
  await checkFormLocked({ base: server.base, secrets: exampleSecrets, expect });
  browser = await launchBrowser({ httpCredentials: { username: exampleSecrets.TTHC_FORM_USER, password: exampleSecrets.TTHC_FORM_PASSWORD } });
  await browser.addCookies([{ name: 'n8n-auth', value: server.cookie, url: server.base }]);
  log(`Chromium (${browser.browser()?.version()}): the editor…`);
  await checkEditor(browser, { base: server.base, out, expect, log });
  const executions = await (
    await fetch(`${server.base}/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: 'TthcE2eWeekly003' }))}`, {
      headers: { cookie: `n8n-auth=${server.cookie}` },
    })
  ).json();
  const failedRun = executions?.data?.results?.[0];
  expect(failedRun?.status === 'error', `editor: the wrong-path run is listed as failed (${failedRun?.status})`);
  if (failedRun) {
    log('the failed wrong-path run in the editor…');
    await checkFailedExecution(browser, { base: server.base, out, expect, workflowId: 'TthcE2eWeekly003', executionId: failedRun.id, message: 'Không tìm thấy tệp xuất nào khớp' });
  }

  const applicants = new Set(readFileSync(join(wardDir, 'dossiers.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).applicant).filter(Boolean));
  const before = sink.messages.length;
  log('the officer\'s form, filled in with the example exports…');
  const good = await fillReportForm(browser, { base: server.base, out, files: exportsFiles, period, shot: 'form' });
  copyFileSync(good.downloads.docx.path, join(out, 'form-report.docx'));
  await checkFormResult(good, 'form');
  await sink.waitFor(before + 1, 60_000);
  await checkReportEmail(sink.messages[before].file, 'form e-mail');
  expect(![...applicants].some((a) => good.text.includes(a)), 'form: the result page shows no applicant name');

  log('the form again, with broken.xlsx among the files…');
  const mixed = await fillReportForm(browser, { base: server.base, out, files: [...exportsFiles, broken], period, shot: 'form-bad-file' });
  await checkFormResult(mixed, 'form with a bad file');
  expect(/Tệp không đọc được[\s\S]*broken\.xlsx: tệp zip\/xlsx bị cắt cụt hoặc hỏng/.test(mixed.text), 'form with a bad file: the page names broken.xlsx and says, in Vietnamese, what is wrong');
  expect(/Các tệp còn lại vẫn được tính/.test(mixed.text), 'form with a bad file: the page says the other files still count');

  log('the form with broken.xlsx alone…');
  const bad = await fillReportForm(browser, { base: server.base, out, files: [broken], period, shot: 'form-only-bad-file' });
  expect(
    /Chưa lập được báo cáo/.test(bad.text) && /broken\.xlsx: tệp zip\/xlsx bị cắt cụt hoặc hỏng/.test(bad.text) && bad.downloads.docx === undefined,
    'form with only a bad file: an error page names broken.xlsx and what is wrong, in Vietnamese, and offers no report',
  );

  await checkForgedWards({ browser, server, out, files: exportsFiles, period, sink, formWorkflow, expect, log });
  await checkUploadLimits({ browser, base: server.base, out, upload: join(wardDir, 'exports', 'one-stop.csv'), period, expect, log });

  // A run that fails (SMTP down) in the running n8n: the error workflow mails the IT contact and logs a line.
  await checkErrorWorkflow({ base: server.base, hook: 'tthc-e2e-smtp-down', workflow: 'e2e weekly (SMTP down, webhook)', sink, logDir: errorLogDir, itContact, expect, log });

  // Three calls at once of the city webhook: each ward and the summary mailed once in all.
  log('the city workflow started by its webhook three times at once (POST /webhook/tthc-thanh-pho-bao-cao)…');
  await checkWebhookLocked({ server, path: 'tthc-thanh-pho-bao-cao', workflowId: 'TthcE2eCity00003', sink, expect });
  const hookMails = await checkTriggeredThrice({ server, path: 'tthc-thanh-pho-bao-cao', key: exampleSecrets.TTHC_CITY_WEBHOOK_KEY, workflowId: 'TthcE2eCity00003', sink, expect, log });
  expect(hookMails.length === 4, `city webhook ×3: one mail per ward and one summary, 4 in all (${hookMails.length})`);
  await checkCity(hookMails, cityOffice, 'city (webhook ×3)');
  return { downloads: { good: good.downloads, mixed: mixed.downloads } };
}

/** The city run's mails: the checks of cityChecks.mjs, and each envelope as its headers say. */
async function checkCity(messages, cityOffice, label) {
  const wrongEnvelope = [];
  for (const m of messages) {
    const mail = await simpleParser(readFileSync(m.file));
    const headers = (mail.to?.value ?? []).map((a) => a.address.toLowerCase()).sort();
    if (JSON.stringify(headers) !== JSON.stringify(m.to.map((a) => a.toLowerCase()).sort())) wrongEnvelope.push(m.file);
  }
  expect(wrongEnvelope.length === 0, `${label}: every mail was delivered (SMTP RCPT) to the addresses its To names ${wrongEnvelope.join(', ')}`);
  await checkCityMails({ files: messages.map((m) => m.file), cityOffice, expect, label });
}

async function checkFormResult(result, label) {
  const { docx, xlsx } = result.downloads;
  expect(docx.suggested === reportName('docx') && xlsx.suggested === reportName('xlsx'), `${label}: the page offers ${docx.suggested} and ${xlsx.suggested}`);
  const paragraphs = docxParagraphs(readFileSync(docx.path));
  for (const re of seedParagraphs) expect(paragraphs.some((p) => re.test(p)), `${label}: the downloaded DOCX says ${re.source.replace(/\\/g, '')}`);
  const values = xlsxValues(readFileSync(xlsx.path));
  expect(['325', '108', '217'].every((v) => values.includes(v)), `${label}: the downloaded XLSX annex holds 325, 108 and 217`);
  expect(/Tổng số hồ sơ tiếp nhận: 325/.test(result.text) && /Đã giải quyết: 108/.test(result.text), `${label}: the page shows 325 received and 108 resolved`);
  expect(/Đã gửi email kèm báo cáo và phụ lục/.test(result.text), `${label}: the page says the e-mail was sent`);
}

/** The history at `location` holds exactly one current entry of `period` for each of `units`, and no other unit. */
async function checkHistory(location, units, { from, to }, label) {
  const { openHistory } = await import('@tthc/history');
  const store = await openHistory(location);
  try {
    const current = (await store.list()).filter((e) => e.period.from === from && e.period.to === to);
    const names = current.map((e) => e.unit).sort();
    expect(JSON.stringify(names) === JSON.stringify([...units].sort()), `${label}: one current entry of ${from}–${to} per unit (${names.join(', ')})`);
  } finally {
    await store.close();
  }
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

await runMain({
  main,
  failures,
  log,
  out,
  tag: 'e2e',
  cleanUp: async () => {
    await browser?.close().catch(() => {});
    await sink?.close();
    await stopAll();
  },
});
