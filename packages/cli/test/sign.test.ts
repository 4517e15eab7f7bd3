import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tthc } from './_run';

// `tthc report --format pdf` then `tthc sign` on the example ward, with its test keys
// (examples/hai-an/signing), checked by poppler's pdfsig trusting the example's test CA.

const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const available = ['soffice', 'pdfsig', 'certutil'].every(onPath);
it.runIf(process.env.TTHC_REQUIRE_SIGNING_TOOLS === '1')('pdfsig, certutil and LibreOffice are installed where they are required (CI)', () => {
  expect(available).toBe(true);
});

const example = join(import.meta.dirname, '../../../examples/hai-an');
const keys = join(example, 'signing');
const pdfsig = (path: string, nss: string) => execFileSync('pdfsig', ['-nssdir', `sql:${nss}`, path], { encoding: 'utf8' });

describe.runIf(available)('tthc sign', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-cli-sign-'));
  const nss = join(dir, 'nss');
  const report = join(dir, 'phuong-hai-an-2025-12-25-2026-01-07.pdf');
  const annex = join(dir, 'phuong-hai-an-2025-12-25-2026-01-07-phu-luc.pdf');
  const key = (who: string) => ['--pkcs12', join(keys, `${who}-thu-nghiem.p12`), '--password-file', join(keys, 'mat-khau-thu-nghiem.txt')];
  const at = ['--time', '2026-12-07T02:30:15Z'];

  beforeAll(async () => {
    mkdirSync(nss);
    execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
    execFileSync('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'example CA', '-t', 'CT,C,C', '-i', join(keys, 'ca-thu-nghiem.pem')]);
    const made = await tthc('report', '--input', join(example, 'dossiers.jsonl'), '--catalog', join(example, 'catalog.csv'), '--profile', join(example, 'profile.yaml'), '--from', '2025-12-25', '--to', '2026-01-07', '--format', 'pdf', '--out', dir, '--no-progress');
    expect(made.code, made.stderr).toBe(0);
  }, 600_000);

  it('signs the example report as the signer and the organisation, and its annex: pdfsig finds each valid and trusted', async () => {
    const signer = await tthc('sign', '--input', report, '--out', join(dir, 'a.pdf'), '--role', 'signer', ...key('nguoi-ky'), '--profile', join(example, 'profile.yaml'), ...at);
    expect(signer.code, signer.stderr).toBe(0);
    expect(signer.stdout).toBe('Đã ký / signed: a.pdf (báo cáo / report, signer, trang / page 4)\n');
    const both = await tthc('sign', '--input', join(dir, 'a.pdf'), '--out', join(dir, 'b.pdf'), '--role', 'organisation', ...key('co-quan'), '--profile', join(example, 'profile.yaml'), ...at, '--json');
    expect(both.code, both.stderr).toBe(0);
    expect(JSON.parse(both.stdout)).toMatchObject({ file: 'b.pdf', kind: 'report', role: 'organisation', field: 'TthcOrganisation', page: 4 });
    const checked = pdfsig(join(dir, 'b.pdf'), nss);
    expect(checked.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(checked.match(/Certificate is Trusted\./g)).toHaveLength(2);
    expect(checked).toMatch(/Common Name: Bui Quang Ngan[\s\S]*Common Name: UBND phuong Hai An/);

    const annexSigned = await tthc('sign', '--input', annex, '--out', join(dir, 'c.pdf'), '--role', 'organisation', ...key('co-quan'), '--number', '15/BC-UBND', ...at);
    expect(annexSigned.code, annexSigned.stderr).toBe(0);
    expect(pdfsig(join(dir, 'c.pdf'), nss)).toMatch(/Signature is Valid\.[\s\S]*Certificate is Trusted\./);
    expect(execFileSync('pdftotext', ['-l', '1', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' })).toMatch(/^15\/BC-UBND; 2026-12-07T09:30:15\+07:00$/m);

    // A byte changed in the signed part: pdfsig no longer finds the signature valid.
    const bytes = readFileSync(join(dir, 'b.pdf'));
    bytes[1000] = (bytes[1000] as number) ^ 0x01;
    writeFileSync(join(dir, 'tampered.pdf'), bytes);
    expect(pdfsig(join(dir, 'tampered.pdf'), nss)).not.toMatch(/Signature is Valid/);
  }, 120_000);

  it('takes the password from TTHC_PKCS12_PASSWORD; refuses what it cannot sign, naming the file, not the path', async () => {
    const password = readFileSync(join(keys, 'mat-khau-thu-nghiem.txt'), 'utf8').trim();
    process.env.TTHC_PKCS12_PASSWORD = password;
    try {
      const fromEnv = await tthc('sign', '--input', annex, '--out', join(dir, 'd.pdf'), '--role', 'organisation', '--pkcs12', join(keys, 'co-quan-thu-nghiem.p12'), '--number', '15/BC-UBND', ...at);
      expect(fromEnv.code, fromEnv.stderr).toBe(0);
    } finally {
      delete process.env.TTHC_PKCS12_PASSWORD;
    }
    const noPassword = await tthc('sign', '--input', annex, '--out', join(dir, 'e.pdf'), '--role', 'organisation', '--pkcs12', join(keys, 'co-quan-thu-nghiem.p12'));
    expect([noPassword.code, noPassword.stderr]).toEqual([2, expect.stringMatching(/--password-file/)]);
    const annexAsSigner = await tthc('sign', '--input', annex, '--out', join(dir, 'f.pdf'), '--role', 'signer', ...key('nguoi-ky'), '--profile', join(example, 'profile.yaml'));
    expect(annexAsSigner.code).toBe(1);
    expect(annexAsSigner.stderr).toMatch(/^phuong-hai-an-2025-12-25-2026-01-07-phu-luc\.pdf: không thấy khối chữ ký/m);
    expect(annexAsSigner.stderr).not.toContain(dir);
    const badRole = await tthc('sign', '--input', report, '--out', join(dir, 'g.pdf'), '--role', 'mayor', ...key('nguoi-ky'));
    expect([badRole.code, badRole.stderr]).toEqual([2, expect.stringMatching(/--role/)]);
    const both = await tthc('sign', '--input', report, '--out', join(dir, 'h.pdf'), '--role', 'signer', ...key('nguoi-ky'), '--remote', 'http://127.0.0.1:9/');
    expect(both.code).toBe(2);
  }, 120_000);
});
