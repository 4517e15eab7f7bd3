// A real n8n server (`n8n start`) on 127.0.0.1 for the browser part of the end-to-end test:
// the editor, the REST API the editor uses, and the production form URLs.
import { join } from 'node:path';
import { n8nBin } from './paths.mjs';
import { start } from '../../../../scripts/lib/processes.mjs';
import { waitFor } from '../../../../scripts/lib/waitFor.mjs';

export { waitFor };

/**
 * Starts n8n on `port` with the environment of the headless runs, waits until it answers, and
 * sets up the owner account (a fresh user folder has none). Returns its base URL and the
 * session cookie of the owner, for the browser, its log file and its process.
 */
export async function startN8nServer(env, port, log) {
  const base = `http://127.0.0.1:${port}`;
  const serverEnv = {
    ...env,
    N8N_PORT: String(port),
    N8N_LISTEN_ADDRESS: '127.0.0.1',
    N8N_HOST: '127.0.0.1',
    N8N_PROTOCOL: 'http',
    WEBHOOK_URL: `${base}/`,
    N8N_EDITOR_BASE_URL: `${base}/`,
    N8N_SECURE_COOKIE: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
  };
  const logFile = join(env.N8N_USER_FOLDER, 'n8n-server.log');
  const child = await start(process.execPath, [n8nBin, 'start'], { env: serverEnv, logFile });
  log(`n8n start on ${base} (log: ${logFile})…`);
  const owner = { email: 'it@e2e.test', firstName: 'IT', lastName: 'E2E', password: 'E2e-test-Passw0rd' };
  // The health check answers before the REST routes are mounted: wait for the route itself.
  const setup = await waitFor(async () => {
    const response = await fetch(`${base}/rest/owner/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(owner),
    });
    // While it starts, n8n answers every request with a "starting up" page (not JSON).
    const json = (response.headers.get('content-type') ?? '').includes('application/json');
    return response.status === 404 || !json ? undefined : response;
  }, `${base}/rest/owner/setup`);
  // A user folder used before already has its owner: sign in instead.
  const session = setup.ok
    ? setup
    : await fetch(`${base}/rest/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
      });
  if (!session.ok) throw new Error(`owner set-up and sign-in failed: ${session.status} ${await session.text()}`);
  const cookie = (session.headers.get('set-cookie') ?? '').match(/n8n-auth=([^;]+)/)?.[1];
  if (!cookie) throw new Error(`owner set-up returned no n8n-auth cookie (${session.status} ${(await session.text()).slice(0, 300)})`);
  return { base, cookie, logFile, child };
}
