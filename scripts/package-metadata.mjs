// The published packages' licence and metadata, from one definition: the root package.json's
// `license`, `author`, `repository`, `homepage` and `bugs`, and the root LICENSE. Each package gets
// the same, its `repository.directory` its own folder and its `homepage` its README.
//   node scripts/package-metadata.mjs          checks (part of pnpm lint:references); exit 1 on a difference
//   node scripts/package-metadata.mjs --write  writes them
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.TTHC_METADATA_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The workspace's published packages: every package.json under packages/ and integrations/ not marked private. */
export function publishedPackages() {
  const spec = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [...spec.matchAll(/^\s*-\s*['"]?([^'"\n]+?)\/\*['"]?\s*$/gm)].map((m) => m[1]);
  const dirs = globs.flatMap((g) =>
    existsSync(join(root, g))
      ? readdirSync(join(root, g), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => `${g}/${e.name}`)
      : [],
  );
  return dirs.filter((d) => existsSync(join(root, d, 'package.json')) && read(`${d}/package.json`).private !== true).sort();
}

/** What each package's metadata must be. */
export function expectedMetadata(dir) {
  const top = read('package.json');
  const repo = top.repository;
  return {
    license: top.license,
    author: top.author,
    repository: { ...repo, directory: dir },
    homepage: `${top.homepage}/tree/main/${dir}#readme`,
    bugs: top.bugs,
  };
}

/** The differences: `{ dir, field }` for each field of a package that is not as expected, and `LICENSE` when its copy differs. */
export function metadataDifferences() {
  const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
  const out = [];
  for (const dir of publishedPackages()) {
    const pkg = read(`${dir}/package.json`);
    for (const [field, value] of Object.entries(expectedMetadata(dir))) {
      if (JSON.stringify(pkg[field]) !== JSON.stringify(value)) out.push({ dir, field });
    }
    const copy = join(root, dir, 'LICENSE');
    if (!existsSync(copy) || readFileSync(copy, 'utf8') !== licence) out.push({ dir, field: 'LICENSE' });
  }
  return out;
}

/** Writes the expected metadata (after `description`, or at the end) and the LICENSE copy into every package. */
export function writeMetadata() {
  const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
  for (const dir of publishedPackages()) {
    const pkg = read(`${dir}/package.json`);
    const wanted = expectedMetadata(dir);
    const next = {};
    for (const [key, value] of Object.entries(pkg)) {
      if (key in wanted) continue;
      next[key] = value;
      if (key === 'description') Object.assign(next, wanted);
    }
    if (!('description' in pkg)) Object.assign(next, wanted);
    writeFileSync(join(root, dir, 'package.json'), `${JSON.stringify(next, null, 2)}\n`);
    writeFileSync(join(root, dir, 'LICENSE'), licence);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--write')) {
    writeMetadata();
  } else {
    const found = metadataDifferences();
    for (const { dir, field } of found) process.stderr.write(`${dir}: ${field} is not the root's (node scripts/package-metadata.mjs --write)\n`);
    process.exit(found.length === 0 ? 0 : 1);
  }
}
