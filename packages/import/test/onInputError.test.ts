import { describe, expect, it } from 'vitest';
import { InputError } from '@tthc/core';
import { ImportAccounting, importAccountingOf, importDossiers, importDossiersLazy, mergeImportAccountings, metricsAccountingOf } from '../src/index';
import { oneStopXlsx } from '../scripts/fixtures';

const enc = (s: string) => new TextEncoder().encode(s);
const dossier = (code: string, status = 'processing') =>
  JSON.stringify({
    code,
    procedureName: 'Đăng ký khai sinh',
    status,
    channel: 'online',
    receivedAt: '2026-01-05T08:00:00',
    dueAt: '2026-01-09T17:00:00',
    ...(status === 'returned' ? { returnedAt: '2026-01-06T10:00:00' } : {}),
  });

describe("onInputError: 'collect'", () => {
  it('lists the file that cannot be read and counts none of its rows; the others import as if it were not given', async () => {
    const good = await oneStopXlsx();
    const cut = good.subarray(0, Math.floor(good.length * 0.6));
    const a = { name: 'a.jsonl', data: enc(`${dossier('A1')}\n${dossier('B1', 'returned')}\n`) };
    const b = { name: 'b.jsonl', data: enc(`${dossier('B1')}\n${dossier('C1')}\n`) };
    const broken = { name: 'cut.xlsx', data: cut };
    const collected = await importDossiers([a, broken, b], { onInputError: 'collect' });
    const without = await importDossiers([a, b]);
    expect(collected.failedInputs).toHaveLength(1);
    expect(collected.failedInputs[0]!.name).toBe('cut.xlsx');
    expect(collected.failedInputs[0]!.index).toBe(1);
    expect(collected.failedInputs[0]!.error).toMatch(/^cut\.xlsx.* \/ /);
    const { failedInputs: _collected, ...rest } = collected;
    const { failedInputs: none, ...restWithout } = without;
    expect(none).toEqual([]);
    expect(rest).toEqual(restWithout);
    expect(collected.rows).toEqual({ read: 4, accepted: 4, rejected: 0, skipped: 0 });
    expect(collected.dossiers.map((d) => d.code)).toEqual(['A1', 'B1', 'C1']);
  });

  it("throws the file's own InputError by default", async () => {
    const good = await oneStopXlsx();
    const error = await importDossiers([{ name: 'cut.xlsx', data: good.subarray(0, 100) }]).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.startsWith('cut.xlsx')).toBe(true);
  });

  it('collects every broken file, in input order, and gives an empty import when none can be read', async () => {
    const result = await importDossiersLazy(
      [
        { name: 'x.xlsx', data: enc('not a zip') },
        { name: 'y.xlsx', data: new Uint8Array(0) },
      ],
      { onInputError: 'collect' },
    );
    expect(result.failedInputs.map((f) => f.name)).toEqual(['x.xlsx', 'y.xlsx']);
    expect(result.dossierCount).toBe(0);
    expect(result.rows).toEqual({ read: 0, accepted: 0, rejected: 0, skipped: 0 });
  });
});

describe('the accounting of imports', () => {
  it('is the result without its dossiers, issues worded in both languages; merging sums and concatenates', async () => {
    const a = await importDossiersLazy([{ name: 'a.jsonl', data: enc(`${dossier('A1')}\n{broken\n\n`) }]);
    const b = await importDossiersLazy([{ name: 'b.jsonl', data: enc(`${dossier('B1')}\n`) }]);
    const accA = importAccountingOf(a);
    expect(ImportAccounting.safeParse(accA).success).toBe(true);
    expect(accA.dossiers).toBe(1);
    expect(accA.rows).toEqual({ read: 3, accepted: 1, rejected: 1, skipped: 1 });
    expect(accA.rejected[0]!.message.vi).toContain('a.jsonl, dòng 2');
    expect(accA.rejected[0]!.message.en).toContain('a.jsonl, row 2');
    const merged = mergeImportAccountings([accA, importAccountingOf(b)])!;
    expect(merged.dossiers).toBe(2);
    expect(merged.rows).toEqual({ read: 4, accepted: 2, rejected: 1, skipped: 1 });
    expect(merged.inputs.map((i) => i.name)).toEqual(['a.jsonl', 'b.jsonl']);
    expect(mergeImportAccountings([])).toBeUndefined();
    const forMetrics = metricsAccountingOf(merged);
    expect(forMetrics.rows).toEqual(merged.rows);
    expect(forMetrics.rejected).toHaveLength(1);
  });
});
