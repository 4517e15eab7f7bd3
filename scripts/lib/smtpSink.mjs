// A real SMTP server on 127.0.0.1 that saves every message it accepts as an .eml file.
// No TLS (STARTTLS disabled), no authentication: it only ever listens on the loopback interface.
// A message counts as received only once the server has answered 250 to it, as SMTP says: a
// message held (see `hold`) whose client goes away first is dropped, never saved.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * Starts the sink on a free port. `refuse(address)` makes it refuse a recipient (550).
 * @returns {Promise<{ port: number, messages: { file: string, to: string[] }[], dropped: { to: string[] }[], waitFor: (n: number, ms: number) => Promise<void>, hold: (after?: number) => Promise<{ to: string[] }>, release: () => void, close: () => Promise<void> }>}
 */
export async function startSmtpSink(dir, prefix = 'message', { refuse = () => false } = {}) {
  mkdirSync(dir, { recursive: true });
  const messages = [];
  const dropped = [];
  const waiters = [];
  /** While holding: the first message to arrive once `after` are saved is read but not answered until `release`. */
  let holding;
  const held = [];
  const accept = (data, to, callback) => {
    const file = join(dir, `${prefix}-${String(messages.length + 1).padStart(2, '0')}.eml`);
    writeFileSync(file, data);
    messages.push({ file, to });
    for (const w of [...waiters]) if (messages.length >= w.n) w.resolve();
    callback();
  };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    banner: 'tthc e2e sink',
    size: 50 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (refuse(address.address)) callback(Object.assign(new Error('550 5.1.1 mailbox unavailable (e2e sink)'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        if (holding && messages.length >= holding.after) {
          held.push({ id: session.id, data: Buffer.concat(chunks), to, callback });
          holding.resolve({ to });
          holding = undefined;
          return;
        }
        accept(Buffer.concat(chunks), to, callback);
      });
    },
    onClose(session) {
      // The client went away before the answer: the message was never accepted.
      for (let i = held.length - 1; i >= 0; i--) if (held[i].id === session.id) dropped.push({ to: held.splice(i, 1)[0].to });
    },
  });
  server.on('error', () => {});
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address();
  return {
    port,
    messages,
    dropped,
    waitFor(n, ms) {
      if (messages.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const w = { n, resolve: () => (clearTimeout(t), resolve()) };
        const t = setTimeout(() => reject(new Error(`SMTP sink: ${messages.length} of ${n} messages after ${ms} ms`)), ms);
        waiters.push(w);
      });
    },
    /** Holds the first message that arrives once `after` messages are saved (default: the next one) unanswered; resolves with its recipients once it has arrived. */
    hold(after = messages.length) {
      return new Promise((resolve) => (holding = { after, resolve }));
    },
    /** Answers the held messages whose clients are still there (they count as received). */
    release() {
      holding = undefined;
      for (const h of held.splice(0)) accept(h.data, h.to, h.callback);
    },
    close: () =>
      Promise.race([
        new Promise((resolve) => server.close(resolve)),
        new Promise((resolve) => setTimeout(resolve, 5000).unref()),
      ]),
  };
}
