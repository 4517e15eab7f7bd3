// Checks of the city workflow's mails (examples/n8n/city-report.workflow.json on examples/city):
// every ward's mail at its own profile's addresses with its own report, the figures of each
// attachment against figures computed here, independently, from that ward's dossiers (picked by
// their codes, not by the unit names the workflow matches), and the summary at the city office.
// Used by the e2e on the SMTP sink's .eml files; any run that saved the mails can call it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { docxParagraphs, xlsxValues } from './officeText.mjs';
import { repoRoot } from './paths.mjs';

export const cityDir = join(repoRoot, 'examples', 'city');
export const cityCatalog = join(repoRoot, 'examples', 'hai-an', 'catalog.csv');
/** The example city's period (the Hải An seed's). */
export const cityPeriod = { from: '2025-12-25', to: '2026-01-07' };
/** The wards of units.csv that have dossiers, by the id that starts their codes (examples/city/generate-city.ts). */
const wards = [
  { id: '000.31.12.H26', profile: 'le-chan.yaml', file: 'phuong-le-chan' },
  { id: '000.32.12.H26', profile: 'ngo-quyen.yaml', file: 'phuong-ngo-quyen' },
  { id: '000.33.12.H26', profile: 'hong-bang.yaml', file: 'phuong-hong-bang' },
];
const sorted = (list) => [...list].map((a) => a.toLowerCase()).sort();
const two = (n) => String(n).padStart(2, '0');

/**
 * Checks the mails of one run of the city workflow.
 * @param {{ files: string[], cityOffice: string[], expect: (ok: boolean, what: string) => void, label: string }} options
 *   files: the .eml files of the run (exactly those); cityOffice: the summary's addresses
 */
export async function checkCityMails({ files, cityOffice, expect, label }) {
  // The packages' built faces (the e2e builds them first); the library computes, not the nodes.
  const { computeMetrics, parseDossier } = await import('@tthc/core');
  const { readCatalog } = await import('@tthc/import');
  const { parseProfile, renderReport, reportFileName, summaryFileName } = await import('@tthc/render');
  const catalog = await readCatalog(cityCatalog);
  const dossiers = readFileSync(join(cityDir, 'dossiers.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => parseDossier(JSON.parse(l)));
  const mails = await Promise.all(files.map(async (file) => ({ file, mail: await simpleParser(readFileSync(file)) })));
  const toOf = (mail) => sorted((mail.to?.value ?? []).map((a) => a.address));
  expect(mails.length === wards.length + 1, `${label}: ${wards.length} ward mails and the summary (${mails.length} mails)`);

  const received = [];
  for (const w of wards) {
    const profile = parseProfile(readFileSync(join(cityDir, 'profiles', w.profile), 'utf8'), w.profile);
    const found = mails.filter(({ mail }) => JSON.stringify(toOf(mail)) === JSON.stringify(sorted(profile.emailRecipients)));
    expect(found.length === 1, `${label}: one mail to ${profile.unit.name}'s own addresses ${profile.emailRecipients.join(', ')} (${found.length})`);
    if (found.length !== 1) continue;
    const { mail } = found[0];
    const names = mail.attachments.map((a) => a.filename).sort();
    const docxName = reportFileName(w.file, cityPeriod, 'docx');
    const xlsxName = reportFileName(w.file, cityPeriod, 'xlsx');
    expect(JSON.stringify(names) === JSON.stringify([docxName, xlsxName]), `${label}: ${profile.unit.name} gets ${docxName} and ${xlsxName} (${names.join(', ')})`);
    const docx = mail.attachments.find((a) => a.filename === docxName);
    const xlsx = mail.attachments.find((a) => a.filename === xlsxName);
    if (!docx || !xlsx) continue;
    const m = computeMetrics(dossiers.filter((d) => d.code.startsWith(`${w.id}-`)), { period: cityPeriod, catalog });
    received.push(m.received.total);
    const paragraphs = docxParagraphs(docx.content);
    const says = (re) => paragraphs.some((p) => re.test(p));
    expect(
      says(new RegExp(`Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: ${two(m.received.total)} hồ sơ`)) &&
        says(new RegExp(`đã giải quyết ${two(m.resolved.total)} hồ sơ`)) &&
        paragraphs.includes(profile.signer.name),
      `${label}: ${profile.unit.name}'s DOCX has its own figures (received ${m.received.total}, resolved ${m.resolved.total}) and its own signer`,
    );
    const values = xlsxValues(xlsx.content);
    const annex = [m.received.total, m.resolved.total, m.inProgress.total].map(String);
    expect(annex.every((v) => values.includes(v)), `${label}: ${profile.unit.name}'s XLSX annex holds ${annex.join(', ')} (received, resolved, in progress)`);
    // The whole annex: byte for byte the one the library renders from that ward's dossiers alone.
    const alone = await renderReport({ metrics: m, profile, formats: ['xlsx'] });
    expect(Buffer.from(alone.xlsx).equals(xlsx.content), `${label}: ${profile.unit.name}'s XLSX is byte for byte its own report of its dossiers alone`);
  }

  const summaryName = summaryFileName(cityPeriod);
  const summary = mails.find(({ mail }) => mail.attachments.some((a) => a.filename === summaryName));
  expect(summary !== undefined && JSON.stringify(toOf(summary.mail)) === JSON.stringify(sorted(cityOffice)), `${label}: the summary ${summaryName} goes to the city office ${cityOffice.join(', ')}`);
  if (summary) {
    const values = xlsxValues(summary.mail.attachments.find((a) => a.filename === summaryName).content);
    const total = String(received.reduce((a, b) => a + b, 0));
    expect(
      received.every((n) => values.includes(String(n))) && values.includes(total) && values.some((v) => v.includes('Kiến An')) && values.some((v) => v.includes('Đồ Sơn')),
      `${label}: the summary lists each ward's received dossiers (${received.join(', ')}), their total ${total}, and names Kiến An and Đồ Sơn`,
    );
    expect(/Kiến An/.test(summary.mail.text ?? '') && /Đồ Sơn/.test(summary.mail.text ?? ''), `${label}: the summary mail names the unit not in the table and the ward without dossiers`);
  }
}
