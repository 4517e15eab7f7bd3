import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { INodeType } from 'n8n-workflow';
import { allNodes } from './_lib/allNodes';

interface WorkflowNode {
  name: string;
  type: string;
  typeVersion: number;
  parameters: Record<string, unknown>;
}
interface Workflow {
  id: string;
  nodes: WorkflowNode[];
  connections: Record<string, { main: { node: string }[][] }>;
}

const ours: Record<string, INodeType> = Object.fromEntries(
  allNodes.map((n) => [
    `n8n-nodes-tthc.${n.description.name}`,
    n,
  ]),
);
const load = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../examples/n8n/${name}`, import.meta.url)), 'utf8')) as Workflow;

describe.each(['weekly-report.workflow.json', 'daily-overdue-alert.workflow.json', 'city-report.workflow.json'])('example %s', (file) => {
  const wf = load(file);

  it('has a Manual Trigger beside the schedule (n8n execute needs one) and an id for n8n execute --id', () => {
    expect(wf.id).toMatch(/^[A-Za-z0-9]{16}$/);
    const types = wf.nodes.map((n) => n.type);
    expect(types).toContain('n8n-nodes-base.manualTrigger');
    expect(types).toContain('n8n-nodes-base.scheduleTrigger');
  });

  it('connects only nodes that exist, within their outputs', () => {
    const names = new Set(wf.nodes.map((n) => n.name));
    for (const [from, { main }] of Object.entries(wf.connections)) {
      expect(names.has(from)).toBe(true);
      const node = wf.nodes.find((n) => n.name === from)!;
      const type = ours[node.type];
      if (type) expect(main.length).toBeLessThanOrEqual((type.description.outputs as unknown[]).length + 1);
      for (const output of main) for (const c of output) expect(names.has(c.node)).toBe(true);
    }
  });

  it('sets only parameters the TTHC nodes declare, with their version', () => {
    for (const node of wf.nodes.filter((n) => n.type.startsWith('n8n-nodes-tthc.'))) {
      const type = ours[node.type];
      expect(type, node.type).toBeDefined();
      expect(node.typeVersion).toBe(type!.description.version);
      const declared = new Set(type!.description.properties.map((p) => p.name));
      for (const key of Object.keys(node.parameters)) expect(declared.has(key), `${node.name}.${key}`).toBe(true);
    }
  });
});

/** The names of the nodes reachable from `start` through main connections. */
function downstream(wf: Workflow, start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const name = todo.pop()!;
    for (const output of wf.connections[name]?.main ?? []) for (const c of output) if (!seen.has(c.node)) todo.push((seen.add(c.node), c.node));
  }
  return seen;
}

describe.each(['weekly-report.workflow.json', 'daily-overdue-alert.workflow.json', 'city-report.workflow.json'])('example %s fails loudly', (file) => {
  const wf = load(file);

  it('lets Read Files pass an empty item on when it matches nothing, and stops with an error naming the glob', () => {
    const read = wf.nodes.find((n) => n.name === 'Đọc tệp xuất') as WorkflowNode & { alwaysOutputData?: boolean };
    expect(read.alwaysOutputData).toBe(true);
    const check = wf.nodes.find((n) => n.type === 'n8n-nodes-base.if')!;
    expect(wf.connections['Đọc tệp xuất']!.main).toEqual([[{ node: check.name, type: 'main', index: 0 }]]);
    const [yes, no] = wf.connections[check.name]!.main;
    expect(yes!.map((c) => c.node)).toEqual(['TTHC Import']);
    const stop = wf.nodes.find((n) => n.name === no![0]!.node)!;
    expect(stop.type).toBe('n8n-nodes-base.stopAndError');
    expect(String(stop.parameters.errorMessage)).toMatch(/Không tìm thấy tệp xuất .*\$\('Đọc tệp xuất'\)\.params\.fileSelector.* \/ No export file matched/);
  });
});

describe('example weekly-report.workflow.json archives before it e-mails', () => {
  const wf = load('weekly-report.workflow.json');
  it('writes both files before the TTHC Send node runs, so an SMTP failure still archives', () => {
    const email = wf.nodes.find((n) => n.type === 'n8n-nodes-tthc.tthcSend')!.name;
    const writes = wf.nodes.filter((n) => n.type === 'n8n-nodes-base.readWriteFile' && n.parameters.operation === 'write').map((n) => n.name);
    expect(writes).toHaveLength(2);
    // Every path from Render to the e-mail goes through both writes: the e-mail is downstream of each.
    for (const w of writes) expect(downstream(wf, w).has(email), `${w} → ${email}`).toBe(true);
    expect(downstream(wf, email).size).toBe(0);
    expect(wf.connections['TTHC Render']!.main[0]!.map((c) => c.node)).toEqual([writes[0]]);
  });

  it('keeps the dispatch ledger in the history TTHC Metrics records', () => {
    const metrics = wf.nodes.find((n) => n.type === 'n8n-nodes-tthc.tthcMetrics')!;
    const send = wf.nodes.find((n) => n.type === 'n8n-nodes-tthc.tthcSend')!;
    expect(send.parameters).toMatchObject({ history: metrics.parameters.history, historyPath: metrics.parameters.historyPath });
  });
});

describe('example city-report.workflow.json (every ward of a city export)', () => {
  const wf = load('city-report.workflow.json');
  const render = wf.nodes.find((n) => n.type === 'n8n-nodes-tthc.tthcRender')!;
  const email = wf.nodes.find((n) => n.type === 'n8n-nodes-tthc.tthcSend')!;

  it('renders every ward of the units table straight from TTHC Import\'s dataset, and mails each item', () => {
    expect(render.parameters).toMatchObject({ mode: 'units', unitsSource: 'filePath', formats: ['docx', 'xlsx'] });
    expect(String(render.parameters.cityRecipients)).toMatch(/@/);
    expect(wf.connections['TTHC Import']!.main[0]!.map((c) => c.node)).toEqual([render.name]);
    expect(wf.connections[render.name]!.main[0]!.map((c) => c.node)).toEqual([email.name]);
  });

  it('mails each item to its own recipients once, the ledger in the history the Render node records', () => {
    expect(email.parameters.toEmail).toBe('');
    expect(email.parameters).toMatchObject({ history: render.parameters.history, historyPath: render.parameters.historyPath });
  });

  it('starts by hand, on a schedule or by a webhook (for queue mode: a worker runs it)', () => {
    const types = wf.nodes.map((n) => n.type);
    expect(types).toEqual(expect.arrayContaining(['n8n-nodes-base.manualTrigger', 'n8n-nodes-base.scheduleTrigger', 'n8n-nodes-base.webhook']));
    const read = wf.nodes.find((n) => n.name === 'Đọc tệp xuất')!.name;
    for (const t of wf.nodes.filter((n) => /Trigger$|webhook$/.test(n.type))) expect(wf.connections[t.name]!.main[0]!.map((c) => c.node)).toEqual([read]);
  });
});

describe('example report-form.workflow.json (the officer\'s form)', () => {
  const wf = load('report-form.workflow.json');
  const trigger = wf.nodes.find((n) => n.type === 'n8n-nodes-base.formTrigger')!;
  const fields = (trigger.parameters.formFields as { values: Record<string, unknown>[] }).values;

  it('asks for the ward, the period (preset or two dates) and one or more export files, in Vietnamese', () => {
    expect(fields.map((f) => f.fieldName)).toEqual(['ward', 'period', 'from', 'to', 'files']);
    expect(fields.find((f) => f.fieldName === 'files')).toMatchObject({ fieldType: 'file', multipleFiles: true, requiredField: true });
    const ward = fields.find((f) => f.fieldName === 'ward') as { fieldOptions: { values: { option: string }[] } };
    expect(ward.fieldOptions.values.map((v) => v.option)).toEqual(['Phường Hải An']);
  });

  it('maps every period choice of the form to a period of TTHC Metrics', () => {
    const metrics = wf.nodes.find((n) => n.type === 'n8n-nodes-tthc.tthcMetrics')!;
    const expr = String(metrics.parameters.period).replace(/^=\{\{/, '').replace(/\}\}$/, '');
    const periodOf = (choice: string) => new Function('$', `return (${expr});`)(() => ({ first: () => ({ json: { period: choice } }) })) as string;
    const choices = (fields.find((f) => f.fieldName === 'period') as { fieldOptions: { values: { option: string }[] } }).fieldOptions.values.map((v) => v.option);
    const declared = (ours['n8n-nodes-tthc.tthcMetrics']!.description.properties.find((p) => p.name === 'period')!.options as { value: string }[]).map((o) => o.value);
    expect(choices.map(periodOf)).toEqual(declared);
  });

  it('reads every uploaded file, keeps going past a bad one, and ends on a completion page', () => {
    const imp = wf.nodes.find((n) => n.type === 'n8n-nodes-tthc.tthcImport') as WorkflowNode & { onError?: string };
    expect(imp.parameters.binaryPropertyName).toBe('*');
    expect(imp.onError).toBe('continueErrorOutput');
    const completion = wf.nodes.find((n) => n.type === 'n8n-nodes-base.form')!;
    expect(completion.parameters.operation).toBe('completion');
    expect(downstream(wf, trigger.name).has(completion.name)).toBe(true);
    expect(String(completion.parameters.responseText)).toContain('failedInputs');
  });

  it('shows an error page naming the files when none can be read (from TTHC Import\'s accounting output)', () => {
    const [, accounting] = wf.connections['TTHC Import']!.main;
    const check = wf.nodes.find((n) => n.name === accounting![0]!.node)!;
    expect(check.type).toBe('n8n-nodes-base.if');
    const page = wf.nodes.find((n) => n.name === wf.connections[check.name]!.main[0]![0]!.node)!;
    expect(page).toMatchObject({ type: 'n8n-nodes-base.form', parameters: { operation: 'completion', respondWith: 'showText' } });
    expect(String(page.parameters.responseText)).toMatch(/Chưa lập được báo cáo[\s\S]*failedInputs/);
  });

  it('sets only parameters the TTHC nodes declare', () => {
    for (const node of wf.nodes.filter((n) => n.type.startsWith('n8n-nodes-tthc.'))) {
      const declared = new Set(ours[node.type]!.description.properties.map((p) => p.name));
      for (const key of Object.keys(node.parameters)) expect(declared.has(key), `${node.name}.${key}`).toBe(true);
    }
  });
});

describe('the examples that listen', () => {
  // Every trigger reachable over HTTP, in every shipped workflow, and the credential it is locked with.
  const listening = ['weekly-report.workflow.json', 'daily-overdue-alert.workflow.json', 'city-report.workflow.json', 'report-form.workflow.json'].flatMap((file) =>
    load(file)
      .nodes.filter((n) => n.type === 'n8n-nodes-base.formTrigger' || n.type === 'n8n-nodes-base.webhook')
      .map((n) => ({ file, node: n as WorkflowNode & { credentials?: Record<string, { id: string }> } })),
  );
  /** What the README's step writes: `node examples/n8n/make-credentials.mjs`. */
  const made = () => {
    const script = fileURLToPath(new URL('../../../examples/n8n/make-credentials.mjs', import.meta.url));
    const { TTHC_FORM_PASSWORD: _p, TTHC_CITY_WEBHOOK_KEY: _k, ...env } = process.env;
    return JSON.parse(execFileSync(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8')) as {
      id: string;
      type: string;
      data: Record<string, string>;
    }[];
  };

  it('are locked: the form by Basic Auth, the city webhook by a header key, with the credentials make-credentials.mjs makes', () => {
    const [form, city] = made();
    expect(listening.map(({ file, node }) => [file, node.type, node.parameters.authentication])).toEqual([
      ['city-report.workflow.json', 'n8n-nodes-base.webhook', 'headerAuth'],
      ['report-form.workflow.json', 'n8n-nodes-base.formTrigger', 'basicAuth'],
    ]);
    expect([form?.type, city?.type]).toEqual(['httpBasicAuth', 'httpHeaderAuth']);
    expect(listening[0]?.node.credentials?.httpHeaderAuth?.id).toBe(city?.id);
    expect(listening[1]?.node.credentials?.httpBasicAuth?.id).toBe(form?.id);
  });

  it('get secrets made at random, each run its own', () => {
    const [a, b] = [made(), made()];
    expect(a[0]?.data.password).not.toBe(b[0]?.data.password);
    expect(a[1]?.data.value).not.toBe(b[1]?.data.value);
    expect(a[0]?.data.password?.length).toBeGreaterThanOrEqual(24);
    expect(a[1]?.data.name).toBe('X-TTHC-Key');
  });
});

describe('the error workflow', () => {
  const alert = load('error-alert.workflow.json') as Workflow & { settings?: Record<string, unknown> };

  it('is what every other shipped workflow names as its error workflow', () => {
    for (const file of ['weekly-report.workflow.json', 'daily-overdue-alert.workflow.json', 'city-report.workflow.json', 'report-form.workflow.json']) {
      expect((load(file) as Workflow & { settings?: Record<string, unknown> }).settings?.errorWorkflow, file).toBe(alert.id);
    }
  });

  it('starts from an Error Trigger and both logs a line and mails the IT contact, each on its own branch', () => {
    const trigger = alert.nodes.find((n) => n.type === 'n8n-nodes-base.errorTrigger');
    const next = alert.connections[trigger?.name ?? '']?.main[0]?.map((c) => c.node) ?? [];
    const types = next.map((name) => alert.nodes.find((n) => n.name === name)?.type);
    expect(types).toEqual(['n8n-nodes-base.set', 'n8n-nodes-base.emailSend']);
    const write = alert.nodes.find((n) => n.type === 'n8n-nodes-base.readWriteFile');
    expect(write?.parameters).toMatchObject({ operation: 'write', fileName: '/data/tthc/nhat-ky/loi.log', options: { append: true } });
  });
});
