import { describe, expect, it } from 'vitest';
import type { INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { optionLabelSubtitle } from '../src/lib/docs';
import { allNodes } from './_lib/allNodes';

const nodes: INodeType[] = allNodes;
// A Vietnamese text has at least one letter outside ASCII (every label here has a diacritic).
const bilingual = (text: string | undefined) => text !== undefined && / \/ /.test(text) && /[^\x00-\x7f]/.test(text.split(' / ')[0]!);

/** Every property, the options of collections included. */
function allProperties(properties: readonly INodeProperties[]): INodeProperties[] {
  return properties.flatMap((p) => [p, ...(p.type === 'collection' ? allProperties((p.options ?? []) as INodeProperties[]) : [])]);
}

it('covers every node the package declares', async () => {
  const { n8n } = (await import('../package.json', { with: { type: 'json' } })).default as { n8n: { nodes: string[] } };
  expect(nodes.map((n) => `dist/nodes/${n.constructor.name}/${n.constructor.name}.node.js`).sort()).toEqual([...n8n.nodes].sort());
});

describe.each(nodes.map((n) => [n.description.displayName, n] as const))('%s: an editor that explains itself', (_, node) => {
  it('points its documentation link at the package README', () => {
    expect(node.description.documentationUrl).toMatch(/\/integrations\/n8n-nodes-tthc\/README\.md$/);
  });

  it('labels every parameter and option in Vietnamese and English, and explains every input field', () => {
    for (const p of allProperties(node.description.properties)) {
      expect(bilingual(p.displayName) || bilingual(p.description), `${p.name}: ${p.displayName}`).toBe(true);
      if (p.type !== 'notice' && p.type !== 'collection') expect(bilingual(p.description), `${p.name} has a bilingual help text`).toBe(true);
      if (p.type === 'options' || p.type === 'multiOptions') {
        for (const o of (p.options ?? []) as (INodePropertyOptions | INodePropertyCollection)[]) {
          const label = 'name' in o ? o.name : '';
          if (!['md', 'html'].includes(String((o as INodePropertyOptions).value))) expect(bilingual(label), `${p.name}: ${label}`).toBe(true);
        }
      }
    }
  });

  it('gives a real example as the placeholder of every text parameter', () => {
    for (const p of allProperties(node.description.properties).filter((x) => x.type === 'string' && !String(x.default).startsWith('='))) {
      expect(p.placeholder, p.name).toBeTruthy();
      expect(p.placeholder, p.name).not.toMatch(/^YYYY/);
    }
  });
});

describe('optionLabelSubtitle', () => {
  const options = [
    { name: 'Tuần trước / Previous Week', value: 'previousWeek' },
    { name: 'Chọn ngày / Explicit Dates', value: 'custom' },
  ];
  // The expression body, evaluated as n8n would with `$parameter` in scope.
  const evaluate = (expr: string, $parameter: Record<string, string>) =>
    new Function('$parameter', `return (${expr.replace(/^=\{\{/, '').replace(/\}\}$/, '')});`)($parameter) as string;

  it('shows the label of the chosen option, an extra expression for some values, the raw value otherwise', () => {
    const expr = optionLabelSubtitle('period', options, { custom: '$parameter["from"] + " – " + $parameter["to"]' });
    expect(evaluate(expr, { period: 'previousWeek' })).toBe('Tuần trước / Previous Week');
    expect(evaluate(expr, { period: 'custom', from: '2025-12-25', to: '2026-01-07' })).toBe('2025-12-25 – 2026-01-07');
    expect(evaluate(expr, { period: 'other' })).toBe('other');
  });
});
