// Renders the Hải An example (seed figures of test/fixtures) to a folder and converts it to PDF
// and PNG pages, to look at: `pnpm --filter @tthc/render exec tsx test/preview.ts /tmp/preview`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotes, parseProfile, renderReport } from '../src/index';
import { seedMetrics } from './fixtures/metrics';

const out = process.argv[2] ?? 'preview';
const example = join(import.meta.dirname, '../../../examples/hai-an');
mkdirSync(out, { recursive: true });
const profile = parseProfile(readFileSync(join(example, 'profile.yaml'), 'utf8'), 'profile.yaml');
const notesFile = 'notes-2025-12-25_2026-01-07.yaml';
const notes = parseNotes(readFileSync(join(example, notesFile), 'utf8'), notesFile);
const r = await renderReport({ metrics: seedMetrics(), profile, notes });
writeFileSync(join(out, 'report.docx'), r.docx as Uint8Array);
writeFileSync(join(out, 'annex.xlsx'), r.xlsx as Uint8Array);
writeFileSync(join(out, 'report.md'), r.md as string);
writeFileSync(join(out, 'report.html'), r.html as string);
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, join(out, 'report.docx'), join(out, 'annex.xlsx')], { stdio: 'ignore' });
for (const name of ['report', 'annex']) execFileSync('pdftoppm', ['-png', '-r', '60', join(out, `${name}.pdf`), join(out, name)]);
process.stdout.write(`${out}\n`);
