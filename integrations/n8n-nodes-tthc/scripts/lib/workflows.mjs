// Copies of the example workflows pointed at the test's folders, SMTP sink and period.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

export function readExample(name) {
  return JSON.parse(readFileSync(join(repoRoot, 'examples/n8n', name), 'utf8'));
}

const byType = (wf, type) => {
  const nodes = wf.nodes.filter((n) => n.type === type);
  if (nodes.length === 0) throw new Error(`workflow ${wf.id}: no node of type ${type}`);
  return nodes;
};

/**
 * The weekly workflow with: its Read Files node reading `inputDir`, the catalog and profile of
 * `wardDir`, explicit period dates instead of "previous week", the archive in `archiveDir`, the
 * e2e SMTP credential and addresses, the history where `history` says (see `pointHistory`).
 * Everything else is the example as shipped.
 */
export function weeklyForTest(example, { id, name, inputDir, wardDir, archiveDir, period, credential, to, history, sign }) {
  const wf = structuredClone(example);
  Object.assign(wf, { id, name });
  byType(wf, 'n8n-nodes-base.readWriteFile').forEach((n) => {
    if (n.parameters.operation === 'write') {
      n.parameters.fileName = retarget(n.parameters.fileName, '/data/tthc/hai-an/archive', archiveDir);
    } else {
      n.parameters.fileSelector = retarget(n.parameters.fileSelector, '/data/tthc/hai-an/exports', inputDir);
    }
  });
  const [metrics] = byType(wf, 'n8n-nodes-tthc.tthcMetrics');
  Object.assign(metrics.parameters, {
    period: 'custom',
    from: period.from,
    to: period.to,
    catalogPath: retarget(metrics.parameters.catalogPath, '/data/tthc/hai-an', wardDir),
  });
  pointHistory(metrics, history);
  for (const node of [...byType(wf, 'n8n-nodes-tthc.tthcRender'), ...byType(wf, 'n8n-nodes-tthc.tthcSign')]) {
    node.parameters.profilePath = retarget(node.parameters.profilePath, '/data/tthc/hai-an', wardDir);
  }
  // TTHC Send keeps its ledger in the history TTHC Metrics records.
  for (const send of byType(wf, 'n8n-nodes-tthc.tthcSend')) pointHistory(send, history);
  pointEmail(wf, credential, to);
  if (sign) signedBranchOn(wf, sign);
  return wf;
}

/**
 * The weekly's optional branch turned on as its note tells IT staff to (`{{ false }}` → `{{ true }}`),
 * TTHC Sign on the test's PKCS#12 credential and the signed PDFs mailed to `to`.
 */
function signedBranchOn(wf, { credential, to }) {
  const [gate] = wf.nodes.filter((n) => n.type === 'n8n-nodes-base.if' && n.parameters.conditions.conditions[0].leftValue === '={{ false }}');
  if (!gate) throw new Error(`workflow ${wf.id}: no optional signing branch ({{ false }} gate)`);
  gate.parameters.conditions.conditions[0].leftValue = '={{ true }}';
  for (const n of byType(wf, 'n8n-nodes-tthc.tthcSign')) n.credentials = { tthcPkcs12: { id: credential.id, name: credential.name } };
  const signedMail = wf.connections[byType(wf, 'n8n-nodes-tthc.tthcSign')[0].name].main[0][0].node;
  wf.nodes.find((n) => n.name === signedMail).parameters.toEmail = to;
}

/**
 * The node's history (the examples ship the embedded store under `/data/tthc/…/lich-su`): `{ dir }`
 * keeps it embedded in that test folder, `{ credential }` moves it to PostgreSQL through that n8n
 * Postgres credential (queue mode: several workers record at once).
 */
function pointHistory(node, history) {
  if (node.parameters.history !== 'embedded') throw new Error(`${node.name}: expected the shipped embedded history`);
  if (history?.dir) {
    node.parameters.historyPath = history.dir;
  } else if (history?.credential) {
    node.parameters = { ...node.parameters, history: 'postgres' };
    delete node.parameters.historyPath;
    node.credentials = { ...node.credentials, postgres: { id: history.credential.id, name: history.credential.name } };
  } else {
    throw new Error(`${node.name}: say where the test keeps the history ({ dir } or { credential })`);
  }
}

/** The daily alert workflow reading `inputDir`, with a fixed run time. */
export function dailyForTest(example, { id, name, inputDir, asOf, credential, to }) {
  const wf = structuredClone(example);
  Object.assign(wf, { id, name });
  byType(wf, 'n8n-nodes-base.readWriteFile').forEach((n) => {
    n.parameters.fileSelector = retarget(n.parameters.fileSelector, '/data/tthc/hai-an/exports', inputDir);
  });
  byType(wf, 'n8n-nodes-tthc.tthcAlerts')[0].parameters.asOf = asOf;
  pointEmail(wf, credential, to);
  return wf;
}

/** Every mail node (n8n's Send Email, TTHC Send) on the e2e SMTP credential, to `to`. */
function pointEmail(wf, credential, to) {
  const mailers = wf.nodes.filter((n) => n.type === 'n8n-nodes-base.emailSend' || n.type === 'n8n-nodes-tthc.tthcSend');
  if (mailers.length === 0) throw new Error(`workflow ${wf.id}: no mail node`);
  for (const n of mailers) {
    n.credentials = { ...n.credentials, smtp: { id: credential.id, name: credential.name } };
    n.parameters.toEmail = to;
  }
}

/** Replaces the example's folder in a path or pattern, keeping the rest (e.g. the glob) as shipped. */
function retarget(value, from, to) {
  if (!value.includes(from)) throw new Error(`expected "${from}" in "${value}"`);
  return value.replace(from, to);
}

/**
 * The officer's form workflow with its ward folders in `wardsDir` (one folder per ward, named as
 * the ward in the form's list) and the e2e SMTP credential; everything else as shipped.
 */
export function formForTest(example, { wardsDir, credential, to }) {
  const wf = structuredClone(example);
  for (const node of [...byType(wf, 'n8n-nodes-tthc.tthcMetrics'), ...byType(wf, 'n8n-nodes-tthc.tthcRender')]) {
    node.parameters.wardsPath = retarget(node.parameters.wardsPath, '/data/tthc/don-vi', wardsDir);
  }
  pointEmail(wf, credential, to);
  return wf;
}

/**
 * The city workflow (examples/n8n/city-report.workflow.json) with: its Read Files node reading
 * `inputDir`, the units table `unitsPath` (profiles beside it, as shipped in examples/city), the
 * catalog `catalogPath`, explicit period dates, the city office `cityOffice`, the e2e SMTP
 * credential and the history where `history` says (see `pointHistory`). The wards' addresses
 * stay those of their profiles. Everything else as shipped.
 */
export function cityForTest(example, { id, name, inputDir, unitsPath, catalogPath, period, credential, cityOffice, history }) {
  const wf = structuredClone(example);
  Object.assign(wf, { id, name });
  byType(wf, 'n8n-nodes-base.readWriteFile').forEach((n) => {
    n.parameters.fileSelector = retarget(n.parameters.fileSelector, '/data/tthc/thanh-pho/exports', inputDir);
  });
  const [render] = byType(wf, 'n8n-nodes-tthc.tthcRender');
  Object.assign(render.parameters, {
    unitsPath: retarget(render.parameters.unitsPath, '/data/tthc/thanh-pho/units.csv', unitsPath),
    catalogPath: retarget(render.parameters.catalogPath, '/data/tthc/thanh-pho/catalog.csv', catalogPath),
    period: 'custom',
    from: period.from,
    to: period.to,
    cityRecipients: cityOffice,
  });
  pointHistory(render, history);
  // TTHC Send: the wards' own addresses; its ledger in the same history as the Render node's.
  for (const n of byType(wf, 'n8n-nodes-tthc.tthcSend')) {
    pointHistory(n, history);
    n.credentials = { ...n.credentials, smtp: { id: credential.id, name: credential.name } };
  }
  return wf;
}

/**
 * The error workflow (examples/n8n/error-alert.workflow.json) with its log file in `logDir` and its
 * mail on the e2e SMTP credential, to `to`; everything else as shipped, its id included (the other
 * examples name it as their error workflow).
 */
export function errorAlertForTest(example, { logDir, credential, to }) {
  const wf = structuredClone(example);
  const [write] = byType(wf, 'n8n-nodes-base.readWriteFile');
  write.parameters.fileName = retarget(write.parameters.fileName, '/data/tthc/nhat-ky', logDir);
  pointEmail(wf, credential, to);
  return wf;
}
