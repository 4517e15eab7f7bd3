import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageIdOf } from '@tthc/report';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { TthcRender } from '../src/nodes/TthcRender/TthcRender.node';
import { TthcSend } from '../src/nodes/TthcSend/TthcSend.node';
import { binaryOf, firstItem, mockExecute } from './_lib/mockExecute';

// TTHC Render's report items through TTHC Send to a real SMTP server on 127.0.0.1: once per
// recipient over repeated runs, the Message-ID of the report, a server that is down.

const example = (name: string) => fileURLToPath(new URL(`../../../examples/hai-an/${name}`, import.meta.url));
type Sink = { port: number; messages: { file: string; to: string[] }[]; close: () => Promise<void> };
let sink: Sink;
beforeAll(async () => {
  const { startSmtpSink } = await import(pathToFileURL(fileURLToPath(new URL('../../../scripts/lib/smtpSink.mjs', import.meta.url))).href);
  sink = await startSmtpSink(mkdtempSync(join(tmpdir(), 'tthc-n8n-send-sink-')), 'mail');
});
afterAll(() => sink.close());

/** The seed's report as the weekly workflow makes it: TTHC Import → TTHC Metrics → TTHC Render. */
async function reportItem() {
  const file = { json: {}, binary: { data: binaryOf(readFileSync(example('dossiers.jsonl')), 'dossiers.jsonl') } };
  const dataset = firstItem(await new TthcImport().execute.call(mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } })));
  const metrics = firstItem(
    await new TthcMetrics().execute.call(
      mockExecute({ items: [dataset], params: { period: 'custom', from: '2025-12-25', to: '2026-01-07', catalogSource: 'filePath', catalogPath: example('catalog.csv'), options: {} } }),
    ),
  );
  return firstItem(await new TthcRender().execute.call(mockExecute({ items: [metrics], params: { profileSource: 'filePath', profilePath: example('profile.yaml'), formats: ['md', 'xlsx'], options: {} } })));
}

const send = (items: Parameters<typeof mockExecute>[0]['items'], historyPath: string, port: number, options: Record<string, unknown> = {}) =>
  new TthcSend().execute.call(
    mockExecute({
      items,
      params: { fromEmail: 'bao-cao@hai-an.test', toEmail: 'lanh-dao@hai-an.test', history: 'embedded', historyPath, options },
      credentials: { smtp: { host: '127.0.0.1', port, secure: false, disableStartTls: true, user: '', password: '' } },
    }),
  );

describe('TTHC Send', () => {
  it('mails a TTHC Render report once over three runs, with the report\u2019s Message-ID and its files', async () => {
    const item = await reportItem();
    expect(item.json).toMatchObject({ kind: 'tthc.report', mail: { unit: 'Phường Hải An', period: { from: '2025-12-25', to: '2026-01-07' } } });
    const history = join(mkdtempSync(join(tmpdir(), 'tthc-n8n-send-')), 'lich-su');
    const before = sink.messages.length;
    const [first] = await send([item], history, sink.port);
    expect(first?.[0]?.json).toMatchObject({ sent: ['lanh-dao@hai-an.test'], alreadySent: [], failed: [] });
    await send([item], history, sink.port);
    const [third] = await send([item], history, sink.port);
    expect(third?.[0]?.json).toMatchObject({ sent: [], alreadySent: ['lanh-dao@hai-an.test'] });
    expect(sink.messages.length - before).toBe(1);
    const mail = await simpleParser(readFileSync(sink.messages.at(-1)?.file as string));
    const json = item.json as { mail: { unit: string; period: { from: string; to: string }; version: string } };
    expect(mail.messageId).toBe(messageIdOf({ unit: json.mail.unit, period: json.mail.period, version: json.mail.version }, 'bao-cao@hai-an.test'));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['phuong-hai-an-2025-12-25-2026-01-07.md', 'phuong-hai-an-2025-12-25-2026-01-07.xlsx']);
    expect(mail.subject).toBe('Báo cáo TTHC Phường Hải An từ 25/12/2025 đến 07/01/2026');
  });

  it('fails naming the mail when the server is down, and sends it on the next run', async () => {
    const item = await reportItem();
    const history = join(mkdtempSync(join(tmpdir(), 'tthc-n8n-send-')), 'lich-su');
    const refused = await send([item], history, 9).then(() => undefined, (e: unknown) => e as Error);
    expect(refused?.message).toContain('Chưa gửi được 1 thư; lần chạy sau sẽ chỉ gửi các thư này');
    expect(refused?.message).toContain('không kết nối được máy chủ thư 127.0.0.1:9 để gửi tới lanh-dao@hai-an.test');
    const before = sink.messages.length;
    const [again] = await send([item], history, sink.port);
    expect(again?.[0]?.json).toMatchObject({ sent: ['lanh-dao@hai-an.test'] });
    expect(sink.messages.length - before).toBe(1);
  });

  it('refuses an item that is no report, naming it', async () => {
    const history = join(mkdtempSync(join(tmpdir(), 'tthc-n8n-send-')), 'lich-su');
    const error = await send([{ json: { unit: 'x' } }], history, sink.port).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toContain('Mục 1 không phải báo cáo của nút TTHC Render');
  });
});
