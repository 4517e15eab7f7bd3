// `node --test scripts/` (part of `pnpm lint:references`): the reference check, run in a small
// repository of its own, fails on each kind of dangling reference and passes the good ones.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), 'check-references.mjs');

/** Runs the check in a new git repository holding `files`. */
function check(files) {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-refs-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
}

const base = {
  'package.json': '{}',
  'packages/core/package.json': '{}',
  'packages/core/src/rule.ts': 'export const x = 1;\n',
  'docs/domain.md': '# Domain\n',
};

test('passes references to files that are there, produced outputs and code blocks', () => {
  const r = check({
    ...base,
    'README.md': [
      'See [the domain](docs/domain.md#rules) and `packages/core/src/rule.ts`, `src/rule.ts` and `rule.ts`.',
      'The build writes `dist/index.js` and `out/report.docx`.',
      '```sh',
      'cat missing/file.md',
      '```',
    ].join('\n'),
    'packages/core/src/other.ts': '// the rule is in rule.ts and docs/domain.md §2\nexport const y = 2;\n',
  });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});

test('fails on each kind of dangling reference, naming file and line', () => {
  const r = check({
    ...base,
    'README.md': ['# Read me', 'See [notes](docs/notes.md).', 'The rule is `packages/core/src/gone.ts`.', 'Spellings of issue 3.'].join('\n'),
    'docs/domain.md': '# Domain\nThe research is in `research-notes.md` and /work/shared/spec.\n',
    'packages/core/src/other.ts': '// style.md §6 — see ../lib/absent.ts\nexport const y = 2;\n',
  });
  assert.equal(r.status, 1);
  for (const fault of [
    'README.md:2: link to docs/notes.md',
    'README.md:3: `packages/core/src/gone.ts`',
    'README.md:4: "issue 3"',
    'docs/domain.md:2: `research-notes.md`',
    'docs/domain.md:2: "shared/spec"',
    'packages/core/src/other.ts:1: ../lib/absent.ts',
    'packages/core/src/other.ts:1: style.md',
  ]) {
    assert.ok(r.stderr.includes(fault), `${fault} in:\n${r.stderr}`);
  }
});
