// Debian's Chromium driven by playwright-core (which never downloads a browser of its own):
// headless, no sandbox (CI runs as root), no network of its own, a fresh profile each run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { repoRoot } from './paths.mjs';
import { run } from '../../../../scripts/lib/processes.mjs';

export const CHROMIUM = process.env.TTHC_CHROMIUM || '/usr/bin/chromium';

/** Installs Debian's chromium unless it is there (scripts/ci/chromium.sh; apt-get, as root or with sudo). */
export async function ensureChromium(log) {
  if (existsSync(CHROMIUM)) return;
  log(`installing Debian's chromium (${CHROMIUM} is missing)…`);
  const result = await run('bash', [join(repoRoot, 'scripts/ci/chromium.sh')], { timeoutMs: 30 * 60_000 });
  if (result.code !== 0 || !existsSync(CHROMIUM)) throw new Error(`scripts/ci/chromium.sh failed (exit ${result.code}):\n${result.stderr.slice(-4000)}`);
}

/** A browser context (one fresh profile) that accepts downloads; `httpCredentials` answers Basic Auth (the officer's form). */
export async function launchBrowser({ httpCredentials } = {}) {
  // playwright-core refuses --user-data-dir among the arguments: a persistent context is the
  // same Chromium option given its own way.
  const profile = mkdtempSync(join(tmpdir(), 'tthc-e2e-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    ...(httpCredentials ? { httpCredentials } : {}),
    viewport: { width: 1440, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 120_000,
  });
}
