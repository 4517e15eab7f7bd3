import { describe, expect, it } from 'vitest';
import { importDossiersLazy, type ImportProgress } from '../src/index';
import { oneStopCsv, oneStopXlsx } from '../scripts/fixtures';

const enc = (s: string) => new TextEncoder().encode(s);
const line = (code: string) =>
  JSON.stringify({ code, procedureName: 'Đăng ký khai sinh', status: 'processing', channel: 'online', receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-09T17:00:00' });

describe('onProgress', () => {
  it('tells the rows read so far over every input, never going back, ending at the total read', async () => {
    // A JSON Lines file long enough to come in several chunks, then a workbook and a CSV.
    const many = `${Array.from({ length: 20_000 }, (_, i) => line(`A-${i}`)).join('\n')}\n`;
    const inputs = [
      { name: 'many.jsonl', data: enc(many) },
      { name: 'one-stop.xlsx', data: await oneStopXlsx() },
      { name: 'one-stop.csv', data: oneStopCsv() },
    ];
    const seen: ImportProgress[] = [];
    const result = await importDossiersLazy(inputs, { onProgress: (p) => seen.push(p) });
    const counts = seen.map((p) => p.rowsRead);
    expect(counts.every((n, i) => i === 0 || n >= (counts[i - 1] as number))).toBe(true);
    expect(counts.at(-1)).toBe(result.rows.read);
    // The end of each input is told with the rows of the inputs before it.
    const lastOf = (file: string) => seen.filter((p) => p.file === file).at(-1)?.rowsRead;
    const [a, b, c] = result.inputs.map((i) => i.rows.read) as [number, number, number];
    expect([lastOf('many.jsonl'), lastOf('one-stop.xlsx'), lastOf('one-stop.csv')]).toEqual([a, a + b, a + b + c]);
    expect(seen.filter((p) => p.file === 'many.jsonl').length).toBeGreaterThan(1);
  });

  it('changes nothing in the result', async () => {
    const input = { name: 'a.csv', data: oneStopCsv() };
    const withProgress = await importDossiersLazy([input], { onProgress: () => {} });
    const without = await importDossiersLazy([input]);
    expect(Buffer.concat([...withProgress.jsonLines()])).toEqual(Buffer.concat([...without.jsonLines()]));
    expect(withProgress.rows).toEqual(without.rows);
  });
});
