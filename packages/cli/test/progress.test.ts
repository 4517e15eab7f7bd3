import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/main';
import { createProgress, type ProgressStream } from '../src/progress';
import { files } from './_run';

/** A terminal that records what is drawn on it. */
const fakeTty = (isTTY = true) => {
  const writes: string[] = [];
  const stream: ProgressStream = { isTTY, write: (t: string) => writes.push(t) };
  return { stream, writes };
};
/** A clock moved by hand: no test depends on the machine's speed. */
const fakeClock = () => {
  let t = 1_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};
const line = (text: string, end = '') => `\r${text}\u001b[K${end}`;
const rows = (n: number) => ({ rowsRead: n, file: 'x.xlsx' });

describe('createProgress (the throttled counting line)', () => {
  it('draws the first state at once, then at most once per interval, and the last state with a line break', () => {
    const { stream, writes } = fakeTty();
    const clock = fakeClock();
    const p = createProgress(stream, true, { now: clock.now, intervalMs: 100 });
    p.rows(rows(1000));
    clock.advance(40);
    p.rows(rows(2000)); // 40 ms after the last draw: not drawn
    clock.advance(59);
    p.rows(rows(3000)); // 99 ms: not drawn
    clock.advance(1);
    p.rows(rows(4000)); // 100 ms: drawn
    p.rows(rows(5000));
    p.done();
    p.done(); // once only
    p.rows(rows(6000)); // after done: nothing
    expect(writes).toEqual([
      line('Đã đọc / read: 1000 dòng / rows'),
      line('Đã đọc / read: 4000 dòng / rows'),
      line('Đã đọc / read: 5000 dòng / rows', '\n'),
    ]);
  });

  it('adds the wards written to the same line', () => {
    const { stream, writes } = fakeTty();
    const clock = fakeClock();
    const p = createProgress(stream, true, { now: clock.now });
    p.rows(rows(20));
    clock.advance(500);
    p.units({ unitsWritten: 0, unitsTotal: 3 });
    p.units({ unitsWritten: 1, unitsTotal: 3 });
    p.done();
    expect(writes.at(-1)).toBe(line('Đã đọc / read: 20 dòng / rows · đã lập báo cáo / reports written: 1/3 đơn vị / wards', '\n'));
    expect(writes).toHaveLength(3);
  });

  it('writes nothing to a pipe or a file, when disabled, or when nothing happened', () => {
    for (const [tty, enabled] of [[false, true], [true, false]] as const) {
      const { stream, writes } = fakeTty(tty);
      const p = createProgress(stream, enabled);
      p.rows(rows(10));
      p.done();
      expect(writes).toEqual([]);
    }
    const { stream, writes } = fakeTty();
    createProgress(stream).done();
    expect(writes).toEqual([]);
  });
});

const csv = [
  'Số hồ sơ,Tên thủ tục,Trạng thái,Ngày tiếp nhận,Ngày hẹn trả',
  'A,Khai sinh,Đang xử lý,05/01/2026 08:00,06/01/2026 17:00',
  'B,Khai sinh,Đang xử lý,05/01/2026 09:00,06/01/2026 17:00',
  'C,Khai sinh,Đang xử lý,05/01/2026 10:00,06/01/2026 17:00',
].join('\n');

describe('progress of the commands', () => {
  const f = files({ 'x.csv': csv });
  const dir = f['x.csv']!.replace(/x\.csv$/, '');
  const run = async (argv: string[], tty = fakeTty()) => {
    let stderr = '';
    const code = await main(argv, { stdout: () => {}, stderr: (t) => (stderr += t), progress: tty.stream });
    return { code, stderr, drawn: tty.writes.join('') };
  };

  it('tthc import draws the rows read on a terminal, and nothing with --no-progress', async () => {
    const args = ['import', '--input', f['x.csv']!, '--out', join(dir, 'x.jsonl')];
    const shown = await run(args);
    expect(shown.code).toBe(0);
    expect(shown.drawn.endsWith(line('Đã đọc / read: 4 dòng / rows', '\n'))).toBe(true);
    expect(shown.stderr).not.toContain('\r');
    expect((await run([...args, '--no-progress'])).drawn).toBe('');
    expect((await run(args, fakeTty(false))).drawn).toBe('');
  });

  it('tthc report --units draws the rows read and the wards written', async () => {
    const city = join(import.meta.dirname, '../../../examples/city');
    const out = mkdtempSync(join(tmpdir(), 'tthc-progress-'));
    try {
      const { code, drawn } = await run([
        'report', '--input', join(city, 'one-stop.xlsx'), '--units', join(city, 'units.csv'),
        '--from', '2025-12-25', '--to', '2026-01-07', '--out', out, '--format', 'md',
      ]);
      expect(code).toBe(0);
      // The example city: three wards of units.csv have dossiers (the fourth has none).
      expect(drawn).toMatch(/Đã đọc \/ read: \d+ dòng \/ rows · đã lập báo cáo \/ reports written: 3\/3 đơn vị \/ wards\u001b\[K\n$/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('progress on a real terminal (a pseudo-terminal from `script`) and none through a pipe', () => {
  const bin = join(import.meta.dirname, '..', 'src', 'bin.ts');
  const f = files({ 'x.csv': csv });
  const dir = f['x.csv']!.replace(/x\.csv$/, '');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, '--import', 'tsx', bin, 'import', '--input', f['x.csv']!, '--out', join(dir, 'x.jsonl')];

  it('shows the counting line on the terminal', () => {
    // util-linux `script` runs the command on a pseudo-terminal: stderr is a TTY there.
    const shown = execFileSync('script', ['-qec', command.map(quote).join(' '), '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(shown).toContain('\rĐã đọc / read: 4 dòng / rows\u001b[K');
    expect(shown).toContain('Tổng: đọc 4 = nhận 3 + loại 0 + bỏ qua 1');
  });

  it('shows none when stderr is a pipe', () => {
    const [node, ...args] = command;
    const piped = execFileSync(node!, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(piped).toBe('');
    const both = execFileSync('sh', ['-c', `${command.map(quote).join(' ')} 2>&1`], { encoding: 'utf8' });
    expect(both).toContain('Tổng: đọc 4 = nhận 3 + loại 0 + bỏ qua 1');
    expect(both).not.toContain('Đã đọc / read');
    expect(both).not.toContain('\r');
  });
});
