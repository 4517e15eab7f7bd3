import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/index';
import { haiAn } from './helpers/example';
import { seedMetrics } from './fixtures/metrics';

async function renderAll() {
  const { profile, notes } = haiAn();
  return renderReport({ metrics: seedMetrics(), profile, notes });
}

describe('determinism', () => {
  it('gives byte-identical files for the same inputs', async () => {
    const a = await renderAll();
    const b = await renderAll();
    expect(Buffer.from(a.docx as Uint8Array).equals(Buffer.from(b.docx as Uint8Array))).toBe(true);
    expect(Buffer.from(a.xlsx as Uint8Array).equals(Buffer.from(b.xlsx as Uint8Array))).toBe(true);
    expect(a.md).toBe(b.md);
    expect(a.html).toBe(b.html);
  });

  it('does not depend on the machine time zone', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = await renderAll();
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const home = await renderAll();
      expect(Buffer.from(west.docx as Uint8Array).equals(Buffer.from(home.docx as Uint8Array))).toBe(true);
      expect(Buffer.from(west.xlsx as Uint8Array).equals(Buffer.from(home.xlsx as Uint8Array))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('renders only the formats asked for', async () => {
    const { profile } = haiAn();
    const out = await renderReport({ metrics: seedMetrics(), profile, formats: ['md'] });
    expect(Object.keys(out)).toEqual(['md']);
  });
});
