import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { files } from './_run';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'bin.ts');
const run = (tz: string, args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', bin, ...args], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });

describe('time zone independence (the same JSON under any TZ)', () => {
  it('gives byte-identical JSON whatever the machine time zone', () => {
    // Times near midnight and the period's edges are where a TZ slip would show.
    const lines = [
      { code: 'A', procedureName: 'Đăng ký khai sinh', status: 4, channel: 2, submittedAt: '2026-01-04T23:30:00', receivedAt: '2026-01-05T00:10:00', dueAt: '2026-01-09T00:00:00' },
      { code: 'B', procedureName: 'Đăng ký khai sinh', status: 10, channel: 1, receivedAt: '2026-01-04T23:59:59', dueAt: '2026-01-05T17:00:00', returnedAt: '2026-01-09T23:59:00' },
    ];
    const f = files({ 'd.jsonl': lines.map((l) => JSON.stringify(l)).join('\n') });
    const args = ['metrics', '--input', f['d.jsonl']!, '--from', '2026-01-05', '--to', '2026-01-09', '--json'];
    const outputs = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => run(tz, args));
    for (const o of outputs) expect(o).toBe(outputs[0]);
    const m = JSON.parse(outputs[0]!);
    expect(m.received).toMatchObject({ total: 2, carriedOver: 1 });
    expect(m.resolved.late).toBe(1);
  });
});
