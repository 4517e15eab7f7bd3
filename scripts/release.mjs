// pnpm release — a dry run of publishing every package of the workspace, as `changeset publish`
// would publish them: `pnpm publish --dry-run` in each (workspace versions made exact, the files
// npm would pack listed). Checks what a user gets from the registry: LICENSE, README.md,
// CHANGELOG.md and the built `dist` in every tarball, a scoped package public, one version for
// the fixed group, and no warning from npm about the package. Run after `pnpm build`.
// (npm warns in a dry run that nobody is logged in: that one is about this machine, not a package.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedPackages } from './package-metadata.mjs';
import { npmEnv } from './lib/npmEnv.mjs';

const root = join(import.meta.dirname, '..');
const env = npmEnv();
const NOT_LOGGED_IN = /requires you to be logged in/;
const problems = [];
const versions = new Set();
for (const dir of publishedPackages()) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  versions.add(pkg.version);
  const run = spawnSync('pnpm', ['publish', '--dry-run', '--no-git-checks'], { cwd: join(root, dir), encoding: 'utf8', env });
  const output = `${run.stdout}\n${run.stderr}`;
  const files = [...output.matchAll(/npm notice [\d.]+k?B\s+(\S+)/g)].map((m) => m[1]);
  const say = (what) => problems.push(`${pkg.name}: ${what}`);
  if (run.status !== 0) say(`pnpm publish --dry-run failed (exit ${run.status}):\n${output.trim()}`);
  for (const needed of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) if (!files.includes(needed)) say(`${needed} is not in the tarball`);
  if (!files.some((f) => f.startsWith('dist/'))) say('no dist/ in the tarball (run pnpm build first)');
  if (pkg.name.startsWith('@') && pkg.publishConfig?.access !== 'public') say('a scoped package needs publishConfig.access "public"');
  for (const line of output.split('\n').filter((l) => /npm warn/i.test(l) && !NOT_LOGGED_IN.test(l))) say(line.trim());
  process.stdout.write(`${pkg.name}@${pkg.version}: ${files.length} files${run.status === 0 ? '' : ' (failed)'}\n`);
}
if (versions.size !== 1) problems.push(`the fixed group has several versions: ${[...versions].join(', ')}`);
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`every package would publish cleanly, at ${[...versions][0]}\n`);
