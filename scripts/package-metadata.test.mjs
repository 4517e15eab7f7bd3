// `node --test scripts/` (part of `pnpm lint:references`): the packages' licence and metadata
// check, on a small workspace of its own: it names each difference, and --write makes them agree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), 'package-metadata.mjs');
const run = (root, ...args) => spawnSync(process.execPath, [script, ...args], { env: { ...process.env, TTHC_METADATA_ROOT: root }, encoding: 'utf8' });

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'tthc-metadata-'));
  const json = (path, value) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `${JSON.stringify(value, null, 2)}\n`);
  };
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  writeFileSync(join(root, 'LICENSE'), 'MIT License\n');
  json('package.json', { name: 'root', private: true, license: 'MIT', author: 'A', repository: { type: 'git', url: 'git+https://example.org/r.git' }, homepage: 'https://example.org/r', bugs: { url: 'https://example.org/r/issues' } });
  json(join('packages', 'a', 'package.json'), { name: 'a', version: '1.0.0', description: 'A', license: 'MIT', type: 'module' });
  json(join('packages', 'internal', 'package.json'), { name: 'internal', private: true });
  return root;
}

test('names every field and LICENSE a published package lacks, and --write makes them the root\'s', () => {
  const root = workspace();
  const before = run(root);
  assert.equal(before.status, 1);
  for (const field of ['author', 'repository', 'homepage', 'bugs', 'LICENSE']) assert.match(before.stderr, new RegExp(`packages/a: ${field} is not the root's`));
  assert.doesNotMatch(before.stderr, /internal/);
  assert.equal(run(root, '--write').status, 0);
  assert.equal(run(root).status, 0);
  const pkg = JSON.parse(readFileSync(join(root, 'packages', 'a', 'package.json'), 'utf8'));
  assert.deepEqual(Object.keys(pkg), ['name', 'version', 'description', 'license', 'author', 'repository', 'homepage', 'bugs', 'type']);
  assert.deepEqual(pkg.repository, { type: 'git', url: 'git+https://example.org/r.git', directory: 'packages/a' });
  assert.equal(pkg.homepage, 'https://example.org/r/tree/main/packages/a#readme');
  assert.equal(readFileSync(join(root, 'packages', 'a', 'LICENSE'), 'utf8'), 'MIT License\n');
});

test('holds for this repository', () => {
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});
