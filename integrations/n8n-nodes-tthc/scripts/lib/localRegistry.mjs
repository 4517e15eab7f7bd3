// A local npm registry for the tests: Verdaccio on 127.0.0.1 (installed once into
// ~/.cache/tthc-verdaccio, as n8n is), its storage in the test's folder, the TTHC packages
// published to it by a user it creates, every other package proxied from the registry npm uses.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { run, start } from '../../../../scripts/lib/processes.mjs';
import { waitFor } from './n8nServer.mjs';
import { repoRoot } from './paths.mjs';
import { npmEnv } from '../../../../scripts/lib/npmEnv.mjs';

const VERDACCIO = '6.8.0';
const home = join(homedir(), '.cache', 'tthc-verdaccio', VERDACCIO);
const bin = join(home, 'node_modules', 'verdaccio', 'bin', 'verdaccio');

/** Starts Verdaccio on `port` with its files in `dir`; returns `{ url, child, publish(dir), close }`. */
export async function startLocalRegistry(dir, port, log) {
  if (!existsSync(bin)) {
    log(`installing verdaccio ${VERDACCIO} in ${home}…`);
    mkdirSync(home, { recursive: true });
    const installed = await run('npm', ['install', '--prefix', home, '--no-audit', '--no-fund', '--loglevel=error', `verdaccio@${VERDACCIO}`], { timeoutMs: 600_000 });
    if (installed.code !== 0) throw new Error(`npm install verdaccio: ${installed.stderr}`);
  }
  const upstream = ((await run('npm', ['config', 'get', 'registry'])).stdout.trim() || 'https://registry.npmjs.org/').replace(/\/?$/, '/');
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'config.yaml');
  const ours = (name) => `  '${name}':\n    access: $all\n    publish: $authenticated\n`;
  writeFileSync(
    config,
    [
      `storage: ${join(dir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${join(dir, 'htpasswd')}`,
      '    max_users: 1',
      'uplinks:',
      '  upstream:',
      `    url: ${upstream}`,
      'packages:',
      ours('@tthc/*') + ours('n8n-nodes-tthc').trimEnd(),
      "  '**':",
      '    access: $all',
      '    proxy: upstream',
      `listen: 127.0.0.1:${port}`,
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const child = start(process.execPath, [bin, '--config', config], { logFile: join(dir, 'verdaccio.log'), cwd: dir });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(async () => (await fetch(`${url}-/ping`)).ok, `verdaccio on ${url}`, { timeoutMs: 60_000 });
  // The publishing user (npm adduser's request), its token in a userconfig of the test's own.
  const created = await fetch(`${url}-/user/org.couchdb.user:tthc-ci`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'tthc-ci', password: 'tthc-ci-password-not-a-secret' }),
  });
  const { token } = await created.json();
  if (!token) throw new Error(`verdaccio: no token for the publishing user (${created.status})`);
  const npmrc = join(dir, 'npmrc');
  writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=${token}\n`);
  const env = npmEnv();
  return {
    url,
    child,
    /** Publishes the workspace package in `packageDir` (pnpm: workspace versions made exact). */
    async publish(packageDir) {
      const published = await run('pnpm', ['publish', '--no-git-checks', `--registry=${url}`], {
        cwd: join(repoRoot, packageDir),
        env: { ...env, npm_config_userconfig: npmrc },
        timeoutMs: 300_000,
      });
      if (published.code !== 0) throw new Error(`publishing ${packageDir}: ${published.stderr.slice(-2000)}`);
      return JSON.parse(readFileSync(join(repoRoot, packageDir, 'package.json'), 'utf8'));
    },
  };
}
