// `pnpm lint` (root): every reference in the docs and the code points to a file in the repository.
// Fails, naming file:line, on
// - a Markdown link to a local file that is not there;
// - a path in backticks in Markdown (outside code blocks), or a file name in a code comment,
//   that names no file of the repository: a path (`src/readers/csv.ts`) is looked for beside the
//   file, in the folders above it and in each package; a bare name of a source or doc file
//   (`scanSheet.ts`) anywhere in the repository;
// - a path outside the repository (`/work/…`), one of the project's documents kept outside it
//   (the style guide, the research, import and n8n notes), or an issue cited by its number as if
//   a reader could open it.
// Produced paths (dist/, out/, bench-data/, node_modules/ — the git-ignored outputs) count as there.
// Usage: node scripts/check-references.mjs   (from anywhere in the repository)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';

const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f !== '' && existsSync(join(root, f)));
const names = new Set(tracked.map((f) => basename(f)));
const folders = new Set(tracked.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));

/** File kinds a reference is checked for; a bare name only for the project's own kinds of file. */
const PATH_EXT = /\.(md|ts|mts|cts|js|mjs|cjs|json|jsonl|ya?ml|csv|txt|sh|hbs|html)$/;
const BARE_EXT = /\.(md|ts|mts|cts|mjs|cjs|sh|txt)$/;
const PRODUCED = /(^|\/)(dist|out|bench-data|node_modules|coverage|\.turbo|\.cache)(\/|$)/;
const CODE = /\.(ts|mts|cts|js|mjs|cjs|sh)$/;

const packages = tracked.filter((f) => basename(f) === 'package.json').map((f) => dirname(f));

/** The folders a path written in a file may be relative to: its own and those above, each package. */
function basesOf(file) {
  const bases = [];
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    bases.push(dir);
    if (dir === '.' || dir === '' || dir === '/') break;
  }
  return [...bases, ...packages];
}

const isThere = (rel) => {
  const n = normalize(rel).replace(/\/$/, '');
  return n === '.' || n === '' || tracked.includes(n) || folders.has(n) || PRODUCED.test(n);
};

/** Whether a reference made from `file` names something in the repository. */
function resolves(ref, file) {
  const path = ref.replace(/[#?].*$/, '').replace(/:\d+(-\d+)?$/, '');
  if (path.startsWith('/')) return !path.startsWith('/work/');
  if (!path.includes('/')) return !BARE_EXT.test(path) || names.has(path) || isThere(join(dirname(file), path));
  return basesOf(file).some((base) => isThere(join(base, path)));
}

/** A token that reads as a file reference (no spaces, globs, placeholders or URLs). */
const looksLikeFile = (token) =>
  !/[\s*<>{}$~|]|^[a-z]+:|^\.\.\.|^@|^\.[a-z]+$/.test(token) && (PATH_EXT.test(token.replace(/[#?].*$/, '').replace(/:\d+(-\d+)?$/, '')) || /^\.{1,2}\//.test(token));

const ISSUE = /\bissues? \d+\b/gi;
/** The project's documents that are kept outside the repository (a reader has none of them). */
const OUTSIDE = /\b(style\.md|research-notes|import-notes|n8n-notes|legal-refresh[\w-]*|shared\/spec)\b/g;

/** The faults of a line of prose or a comment that cites an issue or an outside document. */
function citations(at, text) {
  return [
    ...[...text.matchAll(ISSUE)].map(([issue]) => `${at}: "${issue}" cites an issue a reader of the repository cannot open`),
    ...[...text.matchAll(OUTSIDE)].map(([name]) => `${at}: "${name}" is a document outside the repository`),
  ];
}

/** The faults of one Markdown file. */
function checkMarkdown(file, text) {
  const faults = [];
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const at = `${file}:${i + 1}`;
    for (const [, target] of line.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^([a-z]+:|#)/.test(target)) continue;
      if (!resolves(decodeURI(target), file)) faults.push(`${at}: link to ${target}, which is not in the repository`);
    }
    for (const [, token] of line.replace(/\]\([^)]*\)/g, ']').matchAll(/`([^`\n]+)`/g)) {
      if (looksLikeFile(token) && !resolves(token, file)) faults.push(`${at}: \`${token}\` is not in the repository`);
    }
    faults.push(...citations(at, line));
  });
  return faults;
}

/** The comment text of each line of a source file (// and /* … *\/ comments; # in shell). */
function comments(file, text) {
  const out = [];
  let block = false;
  text.split('\n').forEach((line, i) => {
    let comment = '';
    if (file.endsWith('.sh')) comment = /(^|\s)#(?!!)(.*)$/.exec(line)?.[2] ?? '';
    else if (block || /^\s*\/?\*/.test(line)) {
      comment = line;
      block = !line.includes('*/');
    } else {
      const m = /(^|[^:'"`\\])\/\/(.*)$/.exec(line);
      if (m) comment = m[2] ?? '';
      if (/\/\*(?!.*\*\/)/.test(line)) block = true;
    }
    if (comment !== '') out.push([i + 1, comment]);
  });
  return out;
}

function checkCode(file, text) {
  const faults = [];
  for (const [line, comment] of comments(file, text)) {
    const at = `${file}:${line}`;
    for (const [token] of comment.replace(/https?:\/\/\S+/g, '').matchAll(/[\w./@~${}*<>-]*\w\.[a-z]+(?::\d+)?|\.{1,2}\/[\w./-]+/g)) {
      const clean = token.replace(/^[(`'"]+|[)`'",.;:]+$/g, '');
      if (looksLikeFile(clean) && !resolves(clean, file)) faults.push(`${at}: ${clean} is not in the repository`);
    }
    faults.push(...citations(at, comment));
  }
  return faults;
}

const faults = tracked.flatMap((file) => {
  if (file.startsWith('.') || /(^|\/)(fixtures)\//.test(file)) return [];
  if (file.endsWith('.md')) return checkMarkdown(file, readFileSync(join(root, file), 'utf8'));
  if (CODE.test(file)) return checkCode(file, readFileSync(join(root, file), 'utf8'));
  return [];
});
if (faults.length > 0) {
  process.stderr.write(`References to files that are not in the repository:\n${faults.join('\n')}\n`);
  process.exit(1);
}
