import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { INodeType } from 'n8n-workflow';
import { TthcAlerts } from '../src/nodes/TthcAlerts/TthcAlerts.node';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { TthcRender } from '../src/nodes/TthcRender/TthcRender.node';
import { TthcValidate } from '../src/nodes/TthcValidate/TthcValidate.node';

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
  [new TthcImport(), new TthcValidate(), new TthcMetrics(), new TthcRender(), new TthcAlerts()].map((n) => [
    `n8n-nodes-tthc.${n.description.name}`,
    n,
  ]),
);
const load = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../examples/n8n/${name}`, import.meta.url)), 'utf8')) as Workflow;

describe.each(['weekly-report.workflow.json', 'daily-overdue-alert.workflow.json'])('example %s', (file) => {
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
