// pnpm test:readme — every package README's TypeScript example (and the root README's), run as a new user would: from the
// packed tarballs (`pnpm pack`, workspace versions made exact) npm-installed into a fresh folder
// outside the repository, with the repository's `examples/` copied beside them. Run after
// `pnpm build`. A README's blocks run in order as one program (a block without imports goes on
// from the one before); a block fenced as `ts fragment` is shown, not run (it needs a server the
// test does not have). Also checks that each README's install line names every @tthc package
// its examples import.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publishedPackages } from './package-metadata.mjs';
import { npmEnv } from './lib/npmEnv.mjs';

const root = join(import.meta.dirname, '..');
const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx/esm')).href;
const env = npmEnv();
const problems = [];
const log = (m) => process.stdout.write(`[readme] ${m}\n`);

/**
 * The examples of one README: its programs (a block with imports starts one, a block without goes
 * on from the one before), the @tthc packages they import, and the packages its install line names.
 */
export function readmePrograms(text) {
  const blocks = [...text.matchAll(/^```ts( fragment)?\n([\s\S]*?)^```/gm)].filter((m) => !m[1]).map((m) => m[2]);
  const programs = [];
  for (const b of blocks) {
    if (/^import /m.test(b) || programs.length === 0) programs.push(b);
    else programs[programs.length - 1] += `\n${b}`;
  }
  const imports = new Set(blocks.flatMap((b) => [...b.matchAll(/from '(@tthc\/[a-z]+)'/g)].map((m) => m[1])));
  const install = (text.match(/^(?:pnpm add|npm install|npm i) ([^\n#]+)/m)?.[1] ?? '').split(/\s+/).filter(Boolean);
  return { programs, imports: [...imports], install };
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-readme-'));
  try {
    const packs = join(dir, 'tarballs');
    mkdirSync(packs);
    const packages = publishedPackages().filter((p) => p.startsWith('packages/'));
    for (const p of packages) {
      const packed = spawnSync('pnpm', ['pack', '--pack-destination', packs], { cwd: join(root, p), encoding: 'utf8', env });
      if (packed.status !== 0) throw new Error(`pnpm pack ${p}: ${packed.stderr}`);
    }
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'readme-examples', private: true, type: 'module' }, null, 2)}\n`);
    log(`npm install of ${packages.length} tarballs into a fresh folder…`);
    const tarballs = readdirSync(packs).map((f) => join(packs, f));
    const installed = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: project, encoding: 'utf8', env });
    if (installed.status !== 0) throw new Error(`npm install: ${installed.stderr}`);
    cpSync(join(root, 'examples'), join(project, 'examples'), { recursive: true });
    // The packages' READMEs, then the root's (its flow; its set-up commands are not an install line).
    for (const p of [...packages, '.']) {
      const text = readFileSync(join(root, p, 'README.md'), 'utf8');
      const { programs, imports, install } = readmePrograms(text);
      const missing = p === '.' ? [] : imports.filter((name) => !install.includes(name));
      if (missing.length > 0) problems.push(`${p}/README.md: the install line (${install.join(' ')}) does not name ${missing.join(', ')}, which its example imports`);
      for (const [i, program] of programs.entries()) {
        const file = join(project, `${p === '.' ? 'root' : p.split('/').pop()}-${i + 1}.mts`);
        writeFileSync(file, program);
        const ran = spawnSync(process.execPath, ['--import', tsx, file], { cwd: project, encoding: 'utf8', env, timeout: 300_000 });
        log(`${p}/README.md, example ${i + 1}: ${ran.status === 0 ? 'ran' : `FAILED (exit ${ran.status})`}`);
        if (ran.status !== 0) problems.push(`${p}/README.md, example ${i + 1}: failed:\n${ran.stderr.trim().split('\n').slice(0, 12).join('\n')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exit(1);
  }
  log('every README example ran as written, from the packed packages');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
