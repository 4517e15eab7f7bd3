// The weekly workflow's optional branch in a real n8n: the report and annex printed as PDF,
// signed by TTHC Sign as the organisation with the example's test key, mailed; the mailed PDFs
// checked by poppler's pdfsig trusting the example's test CA.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { repoRoot } from './paths.mjs';

const keys = join(repoRoot, 'examples/hai-an/signing');

/** The n8n credential (for `n8n import:credentials`) holding the example organisation's test key. */
export function examplePkcs12Credential() {
  return {
    id: 'tthcE2ePkcs12001',
    name: 'e2e PKCS#12 (example organisation)',
    type: 'tthcPkcs12',
    data: { pkcs12: readFileSync(join(keys, 'co-quan-thu-nghiem.p12')).toString('base64'), password: readFileSync(join(keys, 'mat-khau-thu-nghiem.txt'), 'utf8').trim() },
  };
}

/**
 * Checks the mail the signed branch sent to `to`: the report and annex as PDF, each signed by the
 * organisation, valid and trusted in pdfsig's eyes; and that a byte changed makes it invalid.
 */
export async function checkSignedMail({ messages, to, out, expect, label }) {
  const mails = [];
  for (const m of messages) {
    const parsed = await simpleParser(readFileSync(m.file));
    if (parsed.to?.value?.some((a) => a.address === to)) mails.push(parsed);
  }
  expect(mails.length === 1, `${label}: one mail to ${to} (${mails.length})`);
  const pdfs = (mails[0]?.attachments ?? []).filter((a) => a.filename.endsWith('.pdf'));
  expect(pdfs.length === 2 && pdfs.some((a) => a.filename.endsWith('-phu-luc.pdf')), `${label}: the report and the annex as PDF attached (${pdfs.map((a) => a.filename).join(', ')})`);
  const nss = join(out, 'nss');
  mkdirSync(nss, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'example CA', '-t', 'CT,C,C', '-i', join(keys, 'ca-thu-nghiem.pem')]);
  const check = (name, bytes) => {
    writeFileSync(join(out, name), bytes);
    return execFileSync('pdfsig', ['-nssdir', `sql:${nss}`, join(out, name)], { encoding: 'utf8' });
  };
  for (const pdf of pdfs) {
    const report = check(pdf.filename, pdf.content);
    expect(
      /Signature Field Name: TthcOrganisation/.test(report) && /Common Name: UBND phuong Hai An/.test(report) && /Signature is Valid\./.test(report) && /Certificate is Trusted\./.test(report),
      `${label}: ${pdf.filename} signed by the organisation, valid and trusted (pdfsig)`,
    );
    const tampered = Buffer.from(pdf.content);
    tampered[1000] ^= 0x01;
    expect(!/Signature is Valid\./.test(check(`tampered-${pdf.filename}`, tampered)), `${label}: ${pdf.filename} with a byte changed is not valid`);
  }
}
