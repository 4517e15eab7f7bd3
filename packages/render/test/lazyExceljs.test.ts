import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// exceljs (~27 MB resident) is loaded by the first workbook written, not with the package: the
// n8n nodes are all loaded when n8n starts, and a workflow that only imports and counts never
// writes a workbook. Checked in a fresh process (the test runner itself has loaded exceljs).
const src = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const script = `
const render = await import(${JSON.stringify(src)});
const { createRequire } = await import('node:module');
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => /[\\\\/]exceljs[\\\\/]/.test(k));
const before = loaded();
const { seedMetrics } = await import(${JSON.stringify(fileURLToPath(new URL('./fixtures/metrics.ts', import.meta.url)))});
const { haiAn } = await import(${JSON.stringify(fileURLToPath(new URL('./helpers/example.ts', import.meta.url)))});
const { profile, notes } = haiAn();
const md = await render.renderReport({ metrics: seedMetrics(), profile, notes, formats: ['md'] });
const afterMarkdown = loaded();
const xlsx = await render.renderReport({ metrics: seedMetrics(), profile, notes, formats: ['xlsx'] });
console.log(JSON.stringify({ before, afterMarkdown, after: loaded(), md: md.md.length > 0, xlsx: xlsx.xlsx.length > 0 }));
`;

describe('exceljs is loaded only to write a workbook', () => {
  it('not by importing the package or writing Markdown; by the first XLSX', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}')).toEqual({ before: false, afterMarkdown: false, after: true, md: true, xlsx: true });
  });
});
