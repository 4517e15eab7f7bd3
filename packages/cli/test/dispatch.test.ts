import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tthc } from './_run';

// `tthc report --send` against a real SMTP server on 127.0.0.1: the report mailed once whatever
// the number of runs, `--resend` forcing it, the ledger listed by `tthc history mails`.

const haiAn = join(import.meta.dirname, '../../../examples/hai-an');
type Sink = { port: number; messages: { file: string; to: string[] }[]; close: () => Promise<void> };
let sink: Sink;
beforeAll(async () => {
  const { startSmtpSink } = await import(pathToFileURL(join(import.meta.dirname, '../../../scripts/lib/smtpSink.mjs')).href);
  sink = await startSmtpSink(mkdtempSync(join(tmpdir(), 'tthc-cli-sink-')), 'mail');
});
afterAll(() => sink.close());

const report = (history: string, ...extra: string[]) => {
  const out = mkdtempSync(join(tmpdir(), 'tthc-cli-send-'));
  return tthc(
    'report',
    ...['--input', join(haiAn, 'dossiers.jsonl'), '--catalog', join(haiAn, 'catalog.csv'), '--profile', join(haiAn, 'profile.yaml')],
    ...['--from', '2025-12-25', '--to', '2026-01-07', '--out', out, '--format', 'md', '--history', history, '--no-progress'],
    ...extra,
  );
};

describe('tthc report --send', () => {
  it('mails the report once over three runs; --resend sends it again; history mails lists it', async () => {
    const history = join(mkdtempSync(join(tmpdir(), 'tthc-cli-ledger-')), 'lich-su');
    const send = ['--send', '--smtp', `smtp://127.0.0.1:${sink.port}`, '--mail-from', 'bao-cao@hai-an.test', '--mail-to', 'lanh-dao@hai-an.test'];
    const before = sink.messages.length;
    const first = await report(history, ...send);
    expect(first.stderr).not.toContain('Error');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Phường Hải An \(2025-12-25 – 2026-01-07\) <[0-9a-f]{32}\.tthc@hai-an\.test>: đã gửi \/ sent: lanh-dao@hai-an\.test/);
    const second = await report(history, ...send);
    const third = await report(history, ...send);
    expect(sink.messages.length - before).toBe(1);
    for (const again of [second, third]) expect(again.stdout).toContain('đã gửi trước đó / sent before: lanh-dao@hai-an.test');
    expect((await report(history, ...send, '--resend')).code).toBe(0);
    expect(sink.messages.length - before).toBe(2);

    const listed = await tthc('history', 'mails', '--history', history);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^Phường Hải An \| 25\/12\/2025–07\/01\/2026 \| [0-9a-f]{16} \| lanh-dao@hai-an\.test \| đã gửi \/ sent 20\S+ \| 2 lần \/ tries \| <[0-9a-f]{32}\.tthc@hai-an\.test> \| 250/);
  });

  it('exits 1 naming the mail not sent when the server is down, and 2 for --smtp without --send', async () => {
    const history = join(mkdtempSync(join(tmpdir(), 'tthc-cli-ledger-')), 'lich-su');
    const down = await report(history, '--send', '--smtp', 'smtp://127.0.0.1:9', '--mail-from', 'bao-cao@hai-an.test', '--mail-to', 'lanh-dao@hai-an.test');
    expect(down.code).toBe(1);
    expect(down.stdout).toContain('chưa gửi được / not sent: lanh-dao@hai-an.test');
    expect(down.stderr).toContain('không kết nối được máy chủ thư 127.0.0.1:9 để gửi tới lanh-dao@hai-an.test');
    const stray = await report(history, '--smtp', 'smtp://127.0.0.1:9');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--smtp chỉ dùng cùng --send');
  });
});
