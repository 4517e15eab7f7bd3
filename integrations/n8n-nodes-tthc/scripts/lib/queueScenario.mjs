// What the queue-mode end-to-end test runs: a scenario is a workflow started by a webhook (so that
// the main instance puts each run on the queue and a worker runs it), the calls the test makes
// to it, and the e-mails each call must make arrive. The test takes one scenario by name
// (`QUEUE_SCENARIO` in scripts/e2e-queue.mjs); another workflow plugs in as one more entry of
// `scenarios` with the same shape.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';
import { cityForTest, readExample, weeklyForTest } from './workflows.mjs';

const cityDir = join(repoRoot, 'examples', 'city');
const catalog = join(repoRoot, 'examples', 'hai-an', 'catalog.csv');
/** The example city's period (examples/city/README.md). */
export const period = { from: '2025-12-25', to: '2026-01-07' };

/**
 * The figures of each unit of the table, computed from the canonical dossiers of the example
 * (examples/city/dossiers.jsonl, what the import reads from one-stop.xlsx) by @tthc/core alone:
 * the reference the mailed reports are compared with.
 */
async function referenceFigures(units) {
  const { Dossier, computeMetrics, unitNameKey } = await import('@tthc/core');
  const dossiers = readFileSync(join(cityDir, 'dossiers.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => Dossier.parse(JSON.parse(line)));
  return units.map(({ unit }) => {
    const own = dossiers.filter((d) => d.unit !== undefined && unitNameKey(d.unit) === unitNameKey(unit));
    if (own.length === 0) return undefined;
    const m = computeMetrics(own, { period });
    return { received: m.received.total, resolved: m.resolved.total, inProgress: m.inProgress.total };
  });
}

/** The units table of the example city with each ward's profile and figures. */
async function cityUnits() {
  const { readUnitsTable } = await import('@tthc/import');
  const { parseProfile, reportFileName, slugify } = await import('@tthc/render');
  const rows = await readUnitsTable(join(cityDir, 'units.csv'));
  const figures = await referenceFigures(rows);
  return rows.map((row, i) => {
    const profile = parseProfile(readFileSync(row.profile, 'utf8'), row.profile);
    const name = profile.unit.name;
    return {
      unit: row.unit,
      profile,
      profilePath: row.profile,
      name,
      slug: slugify(name),
      attachments: ['docx', 'xlsx'].map((ext) => reportFileName(name, period, ext)),
      figures: figures[i],
    };
  });
}

const node = (name, type, typeVersion, parameters, position, extra = {}) => ({
  parameters,
  id: `7a1e0b52-9a1e-4c3e-9d0a-${String(position[0] / 20).padStart(12, '0')}`,
  name,
  type,
  typeVersion,
  position,
  ...extra,
});
/** A production webhook (POST, answered on receipt: the run goes on the queue). */
const webhookNode = (name, path, position) =>
  node(name, 'n8n-nodes-base.webhook', 2, { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} }, position, {
    webhookId: '7a1e0b52-9a1e-4c3e-9d0a-00000000beef',
  });

/**
 * An example workflow as shipped plus a Webhook on `path` beside its Manual Trigger, wired to the
 * same nodes: an example started from a webhook runs on the workers like its schedule would.
 */
export function withWebhook(workflow, path) {
  const wf = structuredClone(workflow);
  const manual = wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
  if (!manual) throw new Error(`workflow ${wf.id}: no Manual Trigger to put a Webhook beside`);
  const name = 'Webhook (queue e2e)';
  wf.nodes.push(webhookNode(name, path, [manual.position[0], manual.position[1] + 200]));
  wf.connections[name] = structuredClone(wf.connections[manual.name]);
  return wf;
}

/**
 * The workflow with its TTHC Send nodes forced to send every call (`resend`): the measured rounds
 * make the same report again and again, and each call's mails must arrive as before the ledger.
 */
function resendEveryCall(wf) {
  for (const n of wf.nodes.filter((x) => x.type === 'n8n-nodes-tthc.tthcSend')) n.parameters.options = { ...n.parameters.options, resend: true };
  return wf;
}

const chain = (...names) =>
  Object.fromEntries(names.slice(0, -1).map((n, i) => [n, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]));

/**
 * One ward per call (the example city's export, one report for the ward named in the call's body),
 * from the nodes of this package and n8n's own: Webhook → Read Files (the city export) → TTHC
 * Import (one item per dossier) → Filter (the ward's dossiers, its name compared after NFC and
 * case folding, so that the export's spellings count together) → TTHC Metrics (one item) → TTHC
 * Render (the ward's profile) → Send Email (the report and its annex to the call's address).
 * The calls: one per row of examples/city/units.csv; a ward without dossiers sends nothing.
 */
async function wardScenario() {
  const units = await cityUnits();
  const webhookPath = 'tthc-queue-ward-report';
  const fold = (expr) => `String(${expr} ?? '').normalize('NFC').toLowerCase()`;
  const body = "$('Webhook').first().json.body";
  const workflow = ({ id, credential, from }) => ({
    id,
    name: 'e2e queue: one ward per call',
    active: false,
    nodes: [
      webhookNode('Webhook', webhookPath, [0, 0]),
      node('Đọc tệp xuất', 'n8n-nodes-base.readWriteFile', 1, { fileSelector: join(cityDir, 'one-stop.xlsx'), options: {} }, [240, 0]),
      node('TTHC Import', 'n8n-nodes-tthc.tthcImport', 1, { binaryPropertyName: 'data', source: 'auto', output: 'items', options: {} }, [480, 0]),
      node(
        'Hồ sơ của đơn vị',
        'n8n-nodes-base.filter',
        2.2,
        {
          conditions: {
            options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
            conditions: [
              {
                id: '7a1e0b52-9a1e-4c3e-9d0a-c001',
                leftValue: `={{ ${fold('$json.unit')} }}`,
                rightValue: `={{ ${fold(`${body}.unit`)} }}`,
                operator: { type: 'string', operation: 'equals' },
              },
            ],
            combinator: 'and',
          },
          options: {},
        },
        [720, 0],
      ),
      node(
        'TTHC Metrics',
        'n8n-nodes-tthc.tthcMetrics',
        1,
        { period: 'custom', from: period.from, to: period.to, catalogSource: 'filePath', catalogPath: catalog, options: { groupByUnit: false } },
        [960, 0],
      ),
      node('TTHC Render', 'n8n-nodes-tthc.tthcRender', 1, { profileSource: 'filePath', profilePath: `={{ ${body}.profile }}`, formats: ['docx', 'xlsx'], options: {} }, [1200, 0]),
      node(
        'Gửi email báo cáo',
        'n8n-nodes-base.emailSend',
        2.1,
        {
          fromEmail: from,
          toEmail: `={{ ${body}.to }}`,
          subject: '=Báo cáo TTHC {{ $json.unit }} từ {{ $json.period.from }} đến {{ $json.period.to }}',
          emailFormat: 'text',
          text:
            "=Tổng số hồ sơ tiếp nhận: {{ $('TTHC Metrics').first().json.received.total }}\n" +
            "Đã giải quyết: {{ $('TTHC Metrics').first().json.resolved.total }}\n" +
            "Đang giải quyết: {{ $('TTHC Metrics').first().json.inProgress.total }}\n",
          options: { attachments: 'docx,xlsx' },
        },
        [1440, 0],
        { credentials: { smtp: { id: credential.id, name: credential.name } } },
      ),
    ],
    connections: chain('Webhook', 'Đọc tệp xuất', 'TTHC Import', 'Hồ sơ của đơn vị', 'TTHC Metrics', 'TTHC Render', 'Gửi email báo cáo'),
    settings: { executionOrder: 'v1', timezone: 'Asia/Ho_Chi_Minh' },
    pinData: {},
    tags: [],
  });
  return {
    description: 'one ward per call on examples/city (Webhook → Read Files → TTHC Import → Filter → TTHC Metrics → TTHC Render → Send Email)',
    webhookPath,
    workflow,
    /** The folders the workflow reads (N8N_RESTRICT_FILE_ACCESS_TO). */
    reads: [cityDir, join(repoRoot, 'examples', 'hai-an')],
    calls: units.map((u) => {
      const to = `${u.slug}@e2e.test`;
      return {
        label: u.unit,
        body: { unit: u.unit, profile: u.profilePath, to },
        mails: u.figures ? [{ label: u.name, slug: u.slug, to: [to], attachments: u.attachments, figures: u.figures }] : [],
      };
    }),
  };
}

/**
 * The weekly example (examples/n8n/weekly-report.workflow.json) as the regular end-to-end test
 * runs it (`weeklyForTest`: the Hải An exports, the seed's period, the archive under the test's
 * folder) plus a Webhook: every call makes the seed's report of Phường Hải An (domain.md §7:
 * 325 received, 108 resolved), mailed to one address.
 */
async function weeklyScenario() {
  const { reportFileName } = await import('@tthc/render');
  const wardDir = join(repoRoot, 'examples', 'hai-an');
  const webhookPath = 'tthc-queue-weekly-report';
  const to = 'lanh-dao@e2e.test';
  const seed = { from: '2025-12-25', to: '2026-01-07' };
  const workflow = ({ id, credential, out, history }) => {
    mkdirSync(join(out, 'archive'), { recursive: true });
    return withWebhook(
      resendEveryCall(weeklyForTest(readExample('weekly-report.workflow.json'), {
        id,
        name: 'e2e queue: weekly report',
        inputDir: join(wardDir, 'exports'),
        wardDir,
        archiveDir: join(out, 'archive'),
        period: seed,
        credential,
        to,
        // Calls run at once on two workers: the history in the queue's PostgreSQL, as the README says for queue mode.
        history: { credential: history },
      })),
      webhookPath,
    );
  };
  const mail = {
    label: 'Phường Hải An',
    slug: 'phuong-hai-an',
    to: [to],
    attachments: ['docx', 'xlsx'].map((ext) => reportFileName('Phường Hải An', seed, ext)),
    figures: { received: 325, resolved: 108 },
  };
  return {
    description: 'the weekly example with a Webhook beside its Manual Trigger, on examples/hai-an',
    webhookPath,
    workflow,
    reads: [wardDir],
    calls: [1, 2, 3, 4].map((n) => ({ label: `weekly ${n}`, body: {}, mails: [mail] })),
  };
}

/**
 * The city workflow as shipped (examples/n8n/city-report.workflow.json, started by its own
 * Webhook) on the example city, pointed at it as the regular end-to-end copy is (`cityForTest`):
 * each call is one run that mails every ward of units.csv with dossiers its report, at the
 * addresses of its profile (`emailRecipients`), and the city summary to the city office. Two
 * identical calls a round, so that two workers have runs to share.
 */
async function cityScenario({ webhookHeaders }) {
  const { summaryFileName } = await import('@tthc/render');
  const units = await cityUnits();
  const cityOffice = ['van-phong@thanh-pho.e2e.test'];
  const workflow = ({ id, credential, out, history }) => {
    // Only the export itself: the example's folder also holds dossiers.jsonl, which the workflow's file pattern would read too.
    const inputDir = join(out, 'inputs-city');
    mkdirSync(inputDir, { recursive: true });
    copyFileSync(join(cityDir, 'one-stop.xlsx'), join(inputDir, 'one-stop.xlsx'));
    return resendEveryCall(cityForTest(readExample('city-report.workflow.json'), {
      id,
      name: 'e2e queue: city report',
      inputDir,
      unitsPath: join(cityDir, 'units.csv'),
      catalogPath: catalog,
      period,
      credential,
      cityOffice: cityOffice.join(', '),
      // Every run records each ward in the history kept in the queue's PostgreSQL (n8n's own Postgres credential).
      history: { credential: history },
    }));
  };
  // The crash test's copy: as shipped (each mail once), on its own webhook and ledger (a database of
  // its own), a short lease so that the test need not wait ten minutes for a dead worker's mails.
  const crashPath = 'tthc-thanh-pho-sau-su-co';
  const crashWorkflow = ({ id, credential, out, history, leaseSeconds }) => {
    const wf = workflow({ id, credential, out, history });
    Object.assign(wf, { name: 'e2e queue: city report (worker killed)' });
    for (const n of wf.nodes) {
      if (n.type === 'n8n-nodes-tthc.tthcSend') n.parameters.options = { leaseSeconds };
      if (n.type === 'n8n-nodes-base.webhook') {
        n.parameters.path = crashPath;
        n.webhookId = '5c1e7d40-2b6a-4f0e-8a3d-00000000dead';
      }
    }
    return wf;
  };
  const mails = [
    ...units
      .filter((u) => u.figures)
      .map((u) => ({ label: u.name, slug: u.slug, to: u.profile.emailRecipients, attachments: u.attachments, figures: u.figures })),
    { label: 'city summary', slug: 'tong-hop', to: cityOffice, attachments: [summaryFileName(period)] },
  ];
  return {
    description: 'the city example (examples/n8n/city-report.workflow.json) on examples/city, started by its Webhook: every ward mailed, the summary to the city office',
    webhookPath: 'tthc-thanh-pho-bao-cao',
    // The shipped webhook wants its key (header auth).
    headers: webhookHeaders,
    workflow,
    reads: [cityDir, join(repoRoot, 'examples', 'hai-an')],
    calls: [1, 2].map((n) => ({ label: `city ${n}`, body: {}, mails })),
    history: { period, wards: units.filter((u) => u.figures).map((u) => u.unit) },
    crash: { workflow: crashWorkflow, webhookPath: crashPath, mails },
  };
}

/**
 * The scenarios by name, each called with `{ webhookHeaders }` (what a shipped webhook's header auth
 * wants). Each resolves to `{ description, webhookPath, headers?, workflow({ id, credential, from,
 * out }), reads, calls: [{ label, body, mails: [{ label, slug, to, attachments, figures? }] }] }`:
 * `workflow` returns the workflow JSON to import (`out`: the test's folder, which it may write)
 * (its trigger a Webhook on `webhookPath`, its Send Email nodes on `credential`), each call is
 * POSTed as JSON to the webhook with `headers`, and each mail must arrive at the SMTP sink with exactly the
 * recipients `to` and the `attachments`; when `figures` ({ received, resolved, inProgress }) is
 * given, the attached DOCX must state them.
 */
export const scenarios = { city: cityScenario, ward: wardScenario, weekly: weeklyScenario };
