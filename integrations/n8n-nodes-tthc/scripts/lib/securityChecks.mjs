// The end-to-end test's security probes against a running n8n (`n8n start`) with the examples as
// shipped: the form and the city webhook locked, a forged ward refused without reading a file and
// leaving no server path in the execution record, the upload limits, and the error workflow.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { fillReportForm } from './browserChecks.mjs';
import { waitFor } from './n8nServer.mjs';
import { repoRoot } from './paths.mjs';

/** The secrets the e2e gives examples/n8n/make-credentials.mjs (what the README's step makes at random). */
export const exampleSecrets = { TTHC_FORM_USER: 'can-bo', TTHC_FORM_PASSWORD: 'e2e-form-password', TTHC_CITY_WEBHOOK_KEY: 'e2e-city-key' };

const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const FORM = '/form/tthc-bao-cao';

/** The officer's form answers 401 without the credentials or with a wrong password, 200 with them. */
export async function checkFormLocked({ base, secrets, expect }) {
  // n8n answers before it has registered every published trigger: 404 until the form is there.
  await waitFor(async () => (await fetch(`${base}${FORM}`)).status !== 404, 'the published form registered', { timeoutMs: 120_000, everyMs: 500 });
  const anonymous = await fetch(`${base}${FORM}`);
  expect(anonymous.status === 401 && /Basic/.test(anonymous.headers.get('www-authenticate') ?? ''), `form: an anonymous GET is refused (${anonymous.status}, asks for Basic Auth)`);
  const anonymousPost = await fetch(`${base}${FORM}`, { method: 'POST', body: new FormData() });
  expect(anonymousPost.status === 401, `form: an anonymous POST is refused (${anonymousPost.status})`);
  const wrong = await fetch(`${base}${FORM}`, { headers: { authorization: basic(secrets.TTHC_FORM_USER, 'not-the-password') } });
  expect(wrong.status === 401, `form: a wrong password is refused (${wrong.status})`);
  const right = await fetch(`${base}${FORM}`, { headers: { authorization: basic(secrets.TTHC_FORM_USER, secrets.TTHC_FORM_PASSWORD) } });
  expect(right.status === 200, `form: the officer's user and password open it (${right.status})`);
}

/**
 * Forged wards through the form: one climbing to a ward planted in a folder n8n may read
 * (`out/inputs/cai-cam`, made by the e2e), one unknown. Each gets the page naming the wards there
 * are, no report and no mail; the last execution's record names no server path but the
 * workflow's own settings.
 */
export async function checkForgedWards({ browser, server, out, files, period, sink, formWorkflow, expect, log }) {
  for (const forged of ['../inputs/cai-cam', 'Phường Không Có']) {
    log(`the form with a forged ward "${forged}"…`);
    const before = sink.messages.length;
    const page = await fillReportForm(browser, { base: server.base, out, files, period, shot: `form-forged-${forged.startsWith('..') ? 'path' : 'name'}`, ward: forged });
    expect(
      /Không có phường\/xã/.test(page.text) && /Phường Hải An/.test(page.text) && page.downloads.docx === undefined && !page.text.includes('Cài Cắm'),
      `form, ward "${forged}": a page says it is not in the list (naming Phường Hải An); no report, nothing of the planted ward`,
    );
    expect(!page.text.includes(out), `form, ward "${forged}": the page names no server folder`);
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.messages.length === before, `form, ward "${forged}": no mail sent`);
  }
  const recorded = await executionStrings(server, formWorkflow.id);
  const settings = new Set(stringsOf(formWorkflow));
  const leaked = recorded.filter((text) => text.includes(out) && !settings.has(text));
  expect(
    recorded.length > 0 && leaked.length === 0,
    `form, forged ward: the execution record names no server path but the workflow's settings (${recorded.length} strings; ${leaked.slice(0, 3).join(' | ')})`,
  );
}

/**
 * Among the uploads, a .xls is refused by name (no LibreOffice for uploads) and the 805-byte .ods
 * declaring a billion rows is read natively and refused by name at once; the other file counted.
 * 11 files get the limit's page.
 */
export async function checkUploadLimits({ browser, base, out, upload, period, expect, log }) {
  const fixtures = join(repoRoot, 'packages/import/test/fixtures/other-programs');
  const ods = join(out, 'inputs', 'bang.ods');
  const xls = join(out, 'inputs', 'bang.xls');
  copyFileSync(join(fixtures, 'billion-rows.ods'), ods);
  copyFileSync(join(fixtures, 'libreoffice.xls'), xls);
  log('the form with a hostile .ods and a .xls among the files…');
  const started = Date.now();
  const withOds = await fillReportForm(browser, { base, out, files: [upload, ods, xls], period, shot: 'form-ods' });
  expect(
    /bang\.xls: không nhận tệp \.xls ở đây/.test(withOds.text) && /bang\.ods[^\n]*không tìm thấy dòng tiêu đề/.test(withOds.text) && withOds.downloads.docx !== undefined,
    `form with a billion-row .ods and a .xls: the page names both as not read, and the report of the other file is there (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  const many = join(out, 'inputs', 'many');
  mkdirSync(many, { recursive: true });
  const manyFiles = Array.from({ length: 11 }, (_, i) => join(many, `tep-${i + 1}.csv`));
  for (const f of manyFiles) copyFileSync(upload, f);
  log('the form with 11 files (the form takes 10)…');
  const tooMany = await fillReportForm(browser, { base, out, files: manyFiles, period, shot: 'form-too-many' });
  expect(/Có 11 tệp, quá số tệp cho phép \(10\)/.test(tooMany.text) && tooMany.downloads.docx === undefined, 'form with 11 files: the page names the limit (10) and makes no report');
}

/** A webhook run that fails: the error workflow mails the IT contact and writes the line of loi.log. */
export async function checkErrorWorkflow({ base, hook, workflow, sink, logDir, itContact, expect, log }) {
  log(`the run "${workflow}", started in the running n8n: the error workflow…`);
  const before = sink.messages.length;
  const failing = await fetch(`${base}/webhook/${hook}`, { method: 'POST' });
  expect(failing.status === 200, `${workflow}: answered ${failing.status}`);
  await sink.waitFor(before + 1, 120_000);
  const alert = await simpleParser(readFileSync(sink.messages[before].file));
  expect(
    (alert.to?.value ?? []).some((a) => a.address === itContact) && (alert.subject ?? '').includes(workflow) && /Gửi email báo cáo/.test(alert.text ?? ''),
    `error workflow: the IT contact is mailed, naming the workflow and the failed step (${alert.subject})`,
  );
  const logFile = join(logDir, 'loi.log');
  const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').trimEnd().split('\n') : [];
  const logged = lines.at(-1)?.split('\t') ?? [];
  expect(lines.length >= 1 && logged[1] === workflow && logged[3] === 'Gửi email báo cáo' && logged[4] !== '', `error workflow: loi.log has the line (${lines.at(-1)?.slice(0, 160)})`);
}

/** Without the key, or with a wrong one, n8n's header auth answers 403 and runs nothing. */
export async function checkWebhookLocked({ server, path, workflowId, sink, expect }) {
  const before = { executions: await executionCount(server, workflowId), mails: sink.messages.length };
  const noKey = await fetch(`${server.base}/webhook/${path}`, { method: 'POST' });
  const wrongKey = await fetch(`${server.base}/webhook/${path}`, { method: 'POST', headers: { 'x-tthc-key': 'not-the-key' } });
  expect(noKey.status === 403 && wrongKey.status === 403, `city webhook: refused without the key (${noKey.status}) and with a wrong one (${wrongKey.status})`);
  expect(
    (await executionCount(server, workflowId)) === before.executions && sink.messages.length === before.mails,
    'city webhook: the refused calls ran nothing and mailed nothing',
  );
}

/**
 * Every string of the newest execution record of a workflow, as n8n keeps it: its run data is
 * "flatted" JSON, an array in which each string is an entry of its own.
 */
async function executionStrings(server, workflowId) {
  const filter = encodeURIComponent(JSON.stringify({ workflowId }));
  const headers = { cookie: `n8n-auth=${server.cookie}` };
  const listed = await (await fetch(`${server.base}/rest/executions?filter=${filter}`, { headers })).json();
  const newest = (listed?.data?.results ?? []).map((e) => Number(e.id)).sort((a, b) => b - a)[0];
  if (newest === undefined) return [];
  const { data } = await (await fetch(`${server.base}/rest/executions/${newest}`, { headers })).json();
  const flat = typeof data?.data === 'string' ? JSON.parse(data.data) : [];
  return [...flat.filter((v) => typeof v === 'string'), ...stringsOf({ ...data, data: undefined })];
}

/** Every string value in a JSON value. */
function stringsOf(value) {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringsOf);
}

/** How many executions n8n lists for a workflow. */
async function executionCount(server, workflowId) {
  const filter = encodeURIComponent(JSON.stringify({ workflowId }));
  const listed = await (await fetch(`${server.base}/rest/executions?filter=${filter}`, { headers: { cookie: `n8n-auth=${server.cookie}` } })).json();
  return new Set((listed?.data?.results ?? []).map((e) => e.id)).size;
}

/**
 * The city webhook called three times at once (with its key): every execution succeeds, and the
 * wards and the summary get their mail once in all — the dispatch ledger in the history, the
 * runs of one n8n process taking turns on its embedded store. Returns the mails of the calls.
 */
export async function checkTriggeredThrice({ server, path, key, workflowId, sink, expect, log }) {
  const before = { executions: await executionCount(server, workflowId), mails: sink.messages.length };
  const calls = await Promise.all([1, 2, 3].map(() => fetch(`${server.base}/webhook/${path}`, { method: 'POST', headers: { 'x-tthc-key': key } })));
  expect(calls.every((c) => c.status === 200), `city webhook ×3: with the key, answered ${calls.map((c) => c.status).join(', ')}`);
  const filter = encodeURIComponent(JSON.stringify({ workflowId }));
  const finished = await waitFor(
    async () => {
      const listed = await (await fetch(`${server.base}/rest/executions?filter=${filter}`, { headers: { cookie: `n8n-auth=${server.cookie}` } })).json();
      const runs = [...new Map((listed?.data?.results ?? []).map((e) => [e.id, e])).values()];
      const done = runs.filter((e) => e.stoppedAt && e.status !== 'running' && e.status !== 'new');
      return runs.length >= before.executions + 3 && done.length === runs.length ? done.slice(0, 3) : undefined;
    },
    'the three city executions',
    { timeoutMs: 300_000 },
  );
  const mails = sink.messages.slice(before.mails);
  log(`city webhook ×3: executions ${finished.map((e) => `#${e.id} ${e.status}`).join(', ')}; ${mails.length} mails`);
  expect(finished.every((e) => e.status === 'success'), `city webhook ×3: every execution succeeded (${finished.map((e) => e.status).join(', ')})`);
  return mails;
}
