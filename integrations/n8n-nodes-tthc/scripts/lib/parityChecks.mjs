// Parity of the faces: the same request through the library (`runReport` of
// @tthc/report), the CLI (`tthc report`) and the n8n workflow gives byte-identical DOCX and XLSX.
// The workflow's files are its mails' attachments; the library and the CLI run here on the same
// files, and every DOCX and XLSX is compared byte for byte.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { repoRoot } from './paths.mjs';

const run = promisify(execFile);
const office = (name) => /\.(docx|xlsx)$/.test(name);

/** The DOCX and XLSX attachments of the mails, by file name. */
async function attachmentsOf(files) {
  const out = new Map();
  for (const file of files) {
    const mail = await simpleParser(readFileSync(file));
    for (const a of mail.attachments) if (office(a.filename)) out.set(a.filename, a.content);
  }
  return out;
}

/**
 * The CLI's arguments of a report request whose files are all paths, its exports named by their
 * file names as n8n names its binaries (the CLI runs in their folder; the annex names them).
 */
function cliArgs(request, out) {
  const args = ['report', '--out', out, '--no-progress', '--format', request.formats.join(',')];
  for (const input of request.inputs) args.push('--input', basename(input));
  if (request.catalog) args.push('--catalog', request.catalog);
  args.push('--from', request.period.from, '--to', request.period.to);
  if (request.history) args.push('--history', request.history);
  if (request.report.units) args.push('--units', request.report.units);
  else args.push('--profile', request.report.profile, ...(request.report.notes ? ['--notes', request.report.notes] : []));
  return args;
}

/**
 * Checks that the workflow's mails carry the very bytes the library and the CLI make of `request`
 * (its `inputs`: paths in one folder).
 * @param {{ mails: string[], request: object, expect: (ok: boolean, what: string) => void, label: string }} options
 */
export async function checkParity({ mails, request, expect, label }) {
  const { runReport } = await import('@tthc/report');
  const fromN8n = await attachmentsOf(mails);
  // The exports named as the workflow's binaries are: by their file names.
  const named = { ...request, inputs: request.inputs.map((path) => ({ name: basename(path), path })) };
  const result = await runReport(named, { worker: false });
  const files = result.unitReports ? [...result.unitReports.reports.flatMap((r) => r.files), result.unitReports.summary] : result.documents.files;
  const fromLibrary = new Map(files.filter((f) => office(f.name)).map((f) => [f.name, Buffer.from(f.content)]));
  const out = mkdtempSync(join(tmpdir(), 'tthc-parity-'));
  try {
    await run(process.execPath, [join(repoRoot, 'packages/cli/dist/bin.js'), ...cliArgs(request, out)], { cwd: dirname(request.inputs[0]), maxBuffer: 1 << 24 });
    const fromCli = new Map(readdirSync(out).filter(office).map((name) => [name, readFileSync(join(out, name))]));
    const names = [...fromLibrary.keys()].sort();
    expect(names.length > 0 && JSON.stringify([...fromN8n.keys()].sort()) === JSON.stringify(names), `${label}: the workflow mailed the files the library makes (${names.join(', ')})`);
    expect(JSON.stringify([...fromCli.keys()].sort()) === JSON.stringify(names), `${label}: the CLI wrote the files the library makes`);
    const differ = names.filter((n) => !fromLibrary.get(n).equals(fromN8n.get(n) ?? Buffer.alloc(0)) || !fromLibrary.get(n).equals(fromCli.get(n) ?? Buffer.alloc(0)));
    expect(differ.length === 0, `${label}: library, CLI and n8n give byte-identical DOCX and XLSX${differ.length ? ` (differ: ${differ.join(', ')})` : ''}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
