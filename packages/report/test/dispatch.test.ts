import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistory } from '@tthc/history';
import { type Metrics } from '@tthc/core';
import { type ReportRequest, SUMMARY_UNIT, messageIdOf, reportVersion, runReport } from '../src/index';

// The dispatch against a real SMTP server on 127.0.0.1 (smtp-server): each report's mail to each
// recipient once across repeated runs, a server that is down, a refused address, and a run that
// died holding a recipient.

const examples = join(import.meta.dirname, '../../../examples');
const period = { from: '2025-12-25', to: '2026-01-07' };
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const tempStore = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-dispatch-'));
  made.push(dir);
  return join(dir, 'lich-su.sqlite');
};

interface Received {
  to: string[];
  messageId: string;
  subject: string;
  attachments: string[];
}
type Sink = { port: number; messages: { file: string; to: string[] }[]; close: () => Promise<void> };
let sink: Sink;
let seen = 0;
let port = 0;
/** The messages the sink accepted since the last call, parsed. */
async function newMail(): Promise<Received[]> {
  const fresh = sink.messages.slice(seen);
  seen = sink.messages.length;
  return Promise.all(
    fresh.map(async (m) => {
      const mail = await simpleParser(readFileSync(m.file));
      return { to: m.to, messageId: String(mail.messageId), subject: String(mail.subject), attachments: mail.attachments.map((a) => String(a.filename)) };
    }),
  );
}
beforeAll(async () => {
  const { startSmtpSink } = await import(pathToFileURL(join(import.meta.dirname, '../../../scripts/lib/smtpSink.mjs')).href);
  sink = await startSmtpSink(mkdtempSync(join(tmpdir(), 'tthc-dispatch-sink-')), 'mail', { refuse: (address: string) => address.startsWith('refuse') });
  port = sink.port;
});
afterAll(() => sink.close());

const smtp = () => ({ host: '127.0.0.1', port, disableStartTls: true });
const closedPort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

const haiAn = join(examples, 'hai-an');
const unitRequest = (history: string, extra: Partial<ReportRequest> = {}): ReportRequest => ({
  inputs: [join(haiAn, 'dossiers.jsonl')],
  catalog: join(haiAn, 'catalog.csv'),
  period,
  report: { profile: join(haiAn, 'profile.yaml') },
  formats: ['md', 'xlsx'],
  history,
  recipients: { unit: ['lanh-dao@hai-an.test', 'van-thu@hai-an.test'] },
  dispatch: { smtp: smtp(), from: 'bao-cao@hai-an.test' },
  ...extra,
});

describe('mailing the reports once each', () => {
  it('mails a unit report once across three runs, again only when forced, with one Message-ID', async () => {
    await newMail();
    const received: Received[] = [];
    const history = tempStore();
    const first = await runReport(unitRequest(history));
    const [outcome] = first.dispatch ?? [];
    expect(outcome?.sent).toEqual(['lanh-dao@hai-an.test', 'van-thu@hai-an.test']);
    expect(outcome?.smtpResponse).toMatch(/^250/);
    received.push(...(await newMail()));
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.to).toEqual(['lanh-dao@hai-an.test', 'van-thu@hai-an.test']);
    expect(mail?.subject).toBe('Báo cáo TTHC Phường Hải An từ 25/12/2025 đến 07/01/2026');
    expect(mail?.attachments).toEqual(['phuong-hai-an-2025-12-25-2026-01-07.md', 'phuong-hai-an-2025-12-25-2026-01-07.xlsx']);
    const version = reportVersion({ metrics: first.metrics as Metrics, ...(first.serviceIndex ? { serviceIndex: first.serviceIndex } : {}) });
    expect(mail?.messageId).toBe(messageIdOf({ unit: 'Phường Hải An', period, version }, 'bao-cao@hai-an.test'));

    for (const again of [await runReport(unitRequest(history)), await runReport(unitRequest(history))]) {
      expect(again.dispatch?.[0]).toMatchObject({ sent: [], alreadySent: ['lanh-dao@hai-an.test', 'van-thu@hai-an.test'], version });
    }
    received.push(...(await newMail()));
    expect(received).toHaveLength(1);
    const forced = await runReport(unitRequest(history, { dispatch: { smtp: smtp(), from: 'bao-cao@hai-an.test', resend: true } }));
    expect(forced.dispatch?.[0]?.sent).toHaveLength(2);
    received.push(...(await newMail()));
    expect(received.map((m) => m.messageId)).toEqual([mail?.messageId, mail?.messageId]);

    const store = await openHistory(history);
    const rows = await store.dispatch.list();
    await store.close();
    expect(rows.map((r) => [r.unit, r.recipient, r.state, r.attempts, r.messageId])).toEqual([
      ['Phường Hải An', 'lanh-dao@hai-an.test', 'sent', 2, mail?.messageId],
      ['Phường Hải An', 'van-thu@hai-an.test', 'sent', 2, mail?.messageId],
    ]);
    expect(rows.every((r) => r.smtpResponse?.startsWith('250') && r.sentAt !== undefined)).toBe(true);
  });

  it('mails every ward of a units table and the city summary once, whatever the number of runs', async () => {
    await newMail();
    const received: Received[] = [];
    const history = tempStore();
    const request: ReportRequest = {
      inputs: [join(examples, 'city/dossiers.jsonl')],
      period,
      report: { units: join(examples, 'city/units.csv') },
      formats: ['md'],
      history,
      recipients: { summary: ['van-phong@thanh-pho.test'] },
      dispatch: { smtp: smtp(), from: 'bao-cao@thanh-pho.test' },
    };
    const first = await runReport(request);
    const wards = first.unitReports?.reports ?? [];
    expect(wards.length).toBeGreaterThan(1);
    const expected = [...wards.map((w) => w.profile.emailRecipients), ['van-phong@thanh-pho.test']];
    expect(first.mails?.map((m) => m.unit)).toEqual([...wards.map((w) => w.unit), SUMMARY_UNIT]);
    received.push(...(await newMail()));
    expect(received.map((m) => m.to)).toEqual(expected);
    await runReport(request);
    const third = await runReport(request);
    received.push(...(await newMail()));
    expect(received).toHaveLength(expected.length);
    expect(third.dispatch?.map((o) => o.alreadySent)).toEqual(expected);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(expected.length);
  });

  it('keeps what a server that is down did not take, and sends only that when it is back', async () => {
    await newMail();
    const received: Received[] = [];
    const history = tempStore();
    const down = await runReport(unitRequest(history, { dispatch: { smtp: { host: '127.0.0.1', port: await closedPort(), disableStartTls: true }, from: 'bao-cao@hai-an.test' } }));
    const [failed] = down.dispatch ?? [];
    expect(failed?.failed).toEqual(['lanh-dao@hai-an.test', 'van-thu@hai-an.test']);
    expect(failed?.notes[0]?.code).toBe('dispatch_unreachable');
    expect(failed?.notes[0]?.vi).toContain('không kết nối được máy chủ thư 127.0.0.1:');
    expect(failed?.notes[0]?.vi).toContain('Lần chạy sau sẽ gửi lại thư này');
    // One address refused by the server: the other is sent and kept; the refused one is tried again.
    const partly = await runReport(unitRequest(history, { recipients: { unit: ['lanh-dao@hai-an.test', 'refuse@hai-an.test'] } }));
    expect(partly.dispatch?.[0]).toMatchObject({ sent: ['lanh-dao@hai-an.test'], failed: ['refuse@hai-an.test'] });
    const back = await runReport(unitRequest(history));
    expect(back.dispatch?.[0]).toMatchObject({ sent: ['van-thu@hai-an.test'], alreadySent: ['lanh-dao@hai-an.test'] });
    received.push(...(await newMail()));
    expect(received.map((m) => m.to)).toEqual([['lanh-dao@hai-an.test'], ['van-thu@hai-an.test']]);
  });

  it('leaves a recipient another run holds, and takes it over once that run’s lease has ended', async () => {
    await newMail();
    const received: Received[] = [];
    const history = tempStore();
    const t0 = new Date('2026-01-08T00:00:00.000Z');
    const first = await runReport(unitRequest(history, { dispatch: { smtp: { host: '127.0.0.1', port: await closedPort(), disableStartTls: true }, from: 'bao-cao@hai-an.test' } }), { now: () => t0 });
    const key = { unit: 'Phường Hải An', period, version: first.dispatch?.[0]?.version as string };
    // A run that died while sending: it claimed the recipients and never marked them.
    const store = await openHistory(history);
    await store.dispatch.claim(key, ['lanh-dao@hai-an.test', 'van-thu@hai-an.test'], { claim: 'dead-run', messageId: 'x', now: t0, leaseMs: 600_000 });
    await store.close();
    const during = await runReport(unitRequest(history), { now: () => new Date(t0.getTime() + 60_000) });
    expect(during.dispatch?.[0]).toMatchObject({ sent: [], busy: ['lanh-dao@hai-an.test', 'van-thu@hai-an.test'] });
    expect(during.dispatch?.[0]?.notes.map((n) => n.code)).toEqual(['dispatch_busy']);
    received.push(...(await newMail()));
    expect(received).toHaveLength(0);
    const after = await runReport(unitRequest(history), { now: () => new Date(t0.getTime() + 601_000) });
    expect(after.dispatch?.[0]?.sent).toEqual(['lanh-dao@hai-an.test', 'van-thu@hai-an.test']);
    received.push(...(await newMail()));
    expect(received).toHaveLength(1);
  });

  it('refuses a dispatch without a history to keep its ledger in', async () => {
    await expect(runReport({ ...unitRequest(tempStore()), history: undefined })).rejects.toThrow(/ledger in the history/);
  });
});

describe('reportVersion', () => {
  it('is the same for the same figures in any key order, and changes with a figure', async () => {
    const run = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], period });
    const metrics = run.metrics as Metrics;
    const reordered = Object.fromEntries(Object.entries(metrics).reverse()) as unknown as Metrics;
    expect(reportVersion({ metrics: reordered })).toBe(reportVersion({ metrics }));
    const changed = { ...metrics, received: { ...metrics.received, total: metrics.received.total + 1 } };
    expect(reportVersion({ metrics: changed })).not.toBe(reportVersion({ metrics }));
    expect(reportVersion({ metrics })).toMatch(/^[0-9a-f]{16}$/);
  });
});
