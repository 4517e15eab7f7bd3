// A real SMTP server on 127.0.0.1 that saves every message it receives as an .eml file.
// No TLS (STARTTLS disabled), no authentication: it only ever listens on the loopback interface.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * Starts the sink on a free port.
 * @returns {Promise<{ port: number, messages: { file: string, to: string[] }[], waitFor: (n: number, ms: number) => Promise<void>, close: () => Promise<void> }>}
 */
export async function startSmtpSink(dir, prefix = 'message') {
  mkdirSync(dir, { recursive: true });
  const messages = [];
  const waiters = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    banner: 'tthc e2e sink',
    size: 50 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        const file = join(dir, `${prefix}-${String(messages.length + 1).padStart(2, '0')}.eml`);
        writeFileSync(file, Buffer.concat(chunks));
        messages.push({ file, to: session.envelope.rcptTo.map((r) => r.address) });
        for (const w of [...waiters]) if (messages.length >= w.n) w.resolve();
        callback();
      });
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
    waitFor(n, ms) {
      if (messages.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const w = { n, resolve: () => (clearTimeout(t), resolve()) };
        const t = setTimeout(() => reject(new Error(`SMTP sink: ${messages.length} of ${n} messages after ${ms} ms`)), ms);
        waiters.push(w);
      });
    },
    close: () =>
      Promise.race([
        new Promise((resolve) => server.close(resolve)),
        new Promise((resolve) => setTimeout(resolve, 5000).unref()),
      ]),
  };
}
