import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '@tthc/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PdfSigner, pkcs12Signer, remoteSigner, runReport, signPdf } from '../src/index';

// Signing the example ward's report and annex (PAdES), checked by tools that are not ours: a CA
// made by OpenSSL, poppler's pdfsig with that CA in its NSS trust store, pdftoppm's pixels and
// pdftotext for where the appearances are, `openssl cms -verify` and an `openssl ts` TSA.
// CI installs them (TTHC_REQUIRE_SIGNING_TOOLS=1, TTHC_REQUIRE_SOFFICE=1).

const onPath = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const available = ['soffice', 'pdfsig', 'pdftoppm', 'certutil', 'openssl'].every(onPath);
it.runIf(process.env.TTHC_REQUIRE_SIGNING_TOOLS === '1')('OpenSSL, certutil, pdfsig and LibreOffice are installed where they are required (CI)', () => {
  expect(available).toBe(true);
});

const kit = await import(pathToFileURL(join(import.meta.dirname, '../../../scripts/lib/signingKit.mjs')).href);
const haiAn = join(import.meta.dirname, '../../../examples/hai-an');
const at = new Date('2026-12-07T02:30:15Z'); // 09:30:15 in Vietnam
const appearance = { signerImage: kit.signerPng(), sealImage: kit.sealPng(), sealWidthMm: 36 };

describe.runIf(available)('signing the report and its annex (PAdES)', () => {
  let dir: string;
  let ca: ReturnType<typeof kit.makeTestCa>;
  let report: Uint8Array;
  let annex: Uint8Array;
  let signer: PdfSigner;
  let organisation: PdfSigner;
  const save = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tthc-sign-'));
    ca = kit.makeTestCa(join(dir, 'ca'));
    const password = readFileSync(ca.passwordFile, 'utf8').trimEnd();
    signer = pkcs12Signer(readFileSync(ca.signerP12), password, 'signer.p12');
    organisation = pkcs12Signer(readFileSync(ca.organisationP12), password, 'organisation.p12');
    const run = await runReport({
      inputs: [join(haiAn, 'dossiers.jsonl')],
      catalog: join(haiAn, 'catalog.csv'),
      period: { from: '2025-12-25', to: '2026-01-07' },
      report: { profile: join(haiAn, 'profile.yaml'), notes: join(haiAn, 'notes-2025-12-25_2026-01-07.yaml') },
      formats: ['pdf'],
    });
    [report, annex] = (run.documents?.files ?? []).map((f) => f.content as Uint8Array) as [Uint8Array, Uint8Array];
  }, 600_000);

  it('signs the report as the signer, then as the organisation: both valid and trusted, the first kept byte for byte', async () => {
    const first = await signPdf({ name: 'bao-cao.pdf', content: report }, { role: 'signer', signer, signingTime: at, appearance });
    const second = await signPdf({ name: 'bao-cao.pdf', content: first.pdf }, { role: 'organisation', signer: organisation, signingTime: at, appearance });
    // Incremental updates: each file begins with the one before it.
    expect(Buffer.from(first.pdf.subarray(0, report.length)).equals(Buffer.from(report))).toBe(true);
    expect(Buffer.from(second.pdf.subarray(0, first.pdf.length)).equals(Buffer.from(first.pdf))).toBe(true);
    const signatures = kit.pdfsig(save('signed.pdf', second.pdf), ca.nss);
    expect(signatures).toEqual([
      { field: 'TthcSigner', commonName: 'Bui Quang Ngan', validation: 'Signature is Valid.', certificate: 'Certificate is Trusted.', totalDocument: false, type: 'ETSI.CAdES.detached' },
      { field: 'TthcOrganisation', commonName: 'UBND phuong Hai An', validation: 'Signature is Valid.', certificate: 'Certificate is Trusted.', totalDocument: true, type: 'ETSI.CAdES.detached' },
    ]);
    // The same inputs (and signing time) give the same bytes.
    const again = await signPdf({ name: 'bao-cao.pdf', content: report }, { role: 'signer', signer, signingTime: at, appearance });
    expect(Buffer.from(again.pdf).equals(Buffer.from(first.pdf))).toBe(true);
  }, 120_000);

  it('draws the signer between title and name, centred in the column, and the seal over its left third', async () => {
    const first = await signPdf({ name: 'bao-cao.pdf', content: report }, { role: 'signer', signer, signingTime: at, appearance });
    const both = await signPdf({ name: 'bao-cao.pdf', content: first.pdf }, { role: 'organisation', signer: organisation, signingTime: at, appearance });
    // Where the render put the sign-off: its named destinations, read here from the PDF's bytes.
    const text = Buffer.from(report).toString('latin1');
    const mark = (name: string) => {
      const m = new RegExp(`/${name}\\s*\\[\\s*\\d+ 0 R\\s*/XYZ ([\\d.]+) ([\\d.]+)`).exec(text);
      return { x: Number(m?.[1]), y: Number(m?.[2]) };
    };
    const [room, name] = [mark('TthcSignatureRoom'), mark('TthcSignerName')];
    const page = kit.pagePixels(save('both.pdf', both.pdf), both.page);
    const box = (test: (rgb: number[]) => boolean) => {
      let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
      for (let y = 0; y < page.height; y += 1)
        for (let x = 0; x < page.width; x += 1)
          if (test(page.at(x, y))) [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      return { left, top, right: right + 1, bottom: bottom + 1 };
    };
    const blue = box(([r, g, b]) => b! > 150 && r! < 110 && g! < 130);
    const red = box(([r, g, b]) => r! > 180 && g! < 100 && b! < 100);
    // Pixels count from the top; PDF points from the bottom (72 dpi: one pixel a point).
    const [roomTop, nameTop] = [page.height - room.y, page.height - name.y];
    expect(Math.abs((blue.left + blue.right) / 2 - room.x)).toBeLessThanOrEqual(2);
    expect(blue.top).toBeGreaterThanOrEqual(roomTop);
    expect(blue.bottom).toBeLessThanOrEqual(nameTop);
    expect(Math.abs((blue.top + blue.bottom) / 2 - (roomTop + nameTop) / 2)).toBeLessThanOrEqual(2);
    // The seal: 36 mm wide (102 pt), its right edge a third into the signature, on its left.
    const third = blue.left + (blue.right - blue.left) / 3;
    expect(Math.abs(red.right - third)).toBeLessThanOrEqual(3);
    expect(Math.abs(red.right - red.left - (36 * 72) / 25.4)).toBeLessThanOrEqual(4);
    expect(red.left).toBeLessThan(blue.left);
    let redInRightTwoThirds = 0;
    for (let y = blue.top; y < blue.bottom; y += 1) for (let x = Math.ceil(third) + 2; x < blue.right; x += 1) if (page.at(x, y)[0]! > 180 && page.at(x, y)[1]! < 100) redInRightTwoThirds += 1;
    expect(redInRightTwoThirds).toBe(0);
  }, 120_000);

  it('signs the annex as the organisation: "số, ký hiệu; thời gian ký" at the top right of page 1', async () => {
    const signed = await signPdf({ name: 'phu-luc.pdf', content: annex }, { role: 'organisation', signer: organisation, signingTime: at, documentNumber: '15/BC-UBND' });
    const path = save('annex-signed.pdf', signed.pdf);
    expect(kit.pdfsig(path, ca.nss).map((s: { validation: string; totalDocument: boolean }) => [s.validation, s.totalDocument])).toEqual([['Signature is Valid.', true]]);
    const width = 842;
    const corner = (x: number) => execFileSync('pdftotext', ['-f', '1', '-l', '1', '-x', String(x), '-y', '0', '-W', String(width / 2), '-H', '40', '-r', '72', path, '-'], { encoding: 'utf8' }).trim();
    expect(corner(width / 2)).toBe('15/BC-UBND; 2026-12-07T09:30:15+07:00');
    expect(corner(0)).toBe('');
    // Black, not coloured: every dark pixel of the corner is grey.
    const page = kit.pagePixels(path, 1);
    let dark = 0;
    for (let y = 0; y < 40; y += 1)
      for (let x = page.width / 2; x < page.width; x += 1) {
        const [r, g, b] = page.at(x, y) as [number, number, number];
        if (r < 128) {
          dark += 1;
          expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(24);
        }
      }
    expect(dark).toBeGreaterThan(50);
  }, 120_000);

  it('reports a tampered copy invalid', async () => {
    const signed = await signPdf({ name: 'bao-cao.pdf', content: report }, { role: 'signer', signer, signingTime: at, appearance });
    const tampered = Buffer.from(signed.pdf);
    const at1 = Buffer.from(report).indexOf('/Contents ', 0, 'latin1') + 200; // inside page 1's content stream
    tampered[at1] = (tampered[at1] as number) ^ 0x01;
    const [signature] = kit.pdfsig(save('tampered.pdf', tampered), ca.nss);
    expect(signature.field).toBe('TthcSigner');
    expect(signature.validation).not.toBe('Signature is Valid.');
  }, 120_000);

  it('stamps the signature with a TSA\u2019s time (B-T), a CMS that OpenSSL verifies', async () => {
    const tsa = await kit.startTsa(ca);
    try {
      const signed = await signPdf({ name: 'phu-luc.pdf', content: annex }, { role: 'organisation', signer: organisation, signingTime: at, documentNumber: '15/BC-UBND', timestampUrl: tsa.url });
      expect(tsa.requests()).toBe(1);
      const path = save('stamped.pdf', signed.pdf);
      expect(kit.pdfsig(path, ca.nss)[0].validation).toBe('Signature is Valid.');
      // The CMS and what it covers, taken apart here by the byte range, checked by OpenSSL.
      const text = Buffer.from(signed.pdf).toString('latin1');
      const [, a, b, c, d] = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(text.slice(annex.length)) as unknown as [string, string, string, string, string];
      const covered = Buffer.concat([Buffer.from(signed.pdf.subarray(Number(a), Number(b))), Buffer.from(signed.pdf.subarray(Number(c), Number(c) + Number(d)))]);
      const cms = Buffer.from(text.slice(Number(b) + 1, Number(c) - 1).replace(/0+$/, ''), 'hex');
      writeFileSync(join(dir, 'covered.bin'), covered);
      writeFileSync(join(dir, 'sig.der'), cms.length % 2 ? Buffer.concat([cms, Buffer.alloc(1)]) : cms);
      const verify = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'sig.der'), '-content', join(dir, 'covered.bin'), '-CAfile', ca.caPem, '-purpose', 'any', '-out', '/dev/null'], { encoding: 'utf8' });
      expect(verify.stderr).toMatch(/Verification successful/);
      const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', join(dir, 'sig.der')], { encoding: 'utf8' });
      expect(printed).toMatch(/id-smime-aa-timeStampToken/);
      expect(printed).toMatch(/id-smime-aa-signingCertificateV2/);
      // PAdES: the time is the signature dictionary's /M, not a signed attribute (the token has its own).
      expect(printed.split('unsignedAttrs')[0]).not.toMatch(/signingTime/);
    } finally {
      await tsa.close();
    }
  }, 120_000);

  it('asks a remote signing service for the CMS, with its token', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', async () => {
        seen.push(`${req.headers.authorization} ${JSON.parse(body).document}`);
        if (req.headers.authorization !== 'Bearer t0ken') return void res.writeHead(401).end();
        const { digest } = JSON.parse(body) as { digest: string };
        const cms = await signer.sign({ digest: Buffer.from(digest, 'base64'), digestAlgorithm: 'SHA-256', document: 'x' });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ cms: Buffer.from(cms).toString('base64') }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/sign`;
    try {
      const signed = await signPdf({ name: 'bao-cao.pdf', content: report }, { role: 'signer', signer: remoteSigner({ url, token: 't0ken' }), signingTime: at, appearance });
      expect(kit.pdfsig(save('remote.pdf', signed.pdf), ca.nss)[0]).toMatchObject({ commonName: 'Bui Quang Ngan', validation: 'Signature is Valid.' });
      const refused = signPdf({ name: 'bao-cao.pdf', content: report }, { role: 'signer', signer: remoteSigner({ url, token: 'wrong' }), signingTime: at, appearance });
      await expect(refused).rejects.toThrow(/HTTP 401/);
      expect(seen).toEqual(['Bearer t0ken bao-cao.pdf', 'Bearer wrong bao-cao.pdf']);
    } finally {
      server.close();
    }
  }, 120_000);

  it('signs with an EC key (P-256) too, and lets the organisation sign before the signer', async () => {
    const ec = (name: string) => join(dir, name);
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', ec('ec.key'), '-out', ec('ec.pem'), '-days', '30', '-subj', '/CN=EC signer'], { stdio: 'ignore' });
    execFileSync('openssl', ['pkcs12', '-export', '-inkey', ec('ec.key'), '-in', ec('ec.pem'), '-out', ec('ec.p12'), '-passout', 'pass:ec-pass']);
    const sealed = await signPdf({ name: 'bao-cao.pdf', content: report }, { role: 'organisation', signer: organisation, signingTime: at, appearance });
    const both = await signPdf({ name: 'bao-cao.pdf', content: sealed.pdf }, { role: 'signer', signer: pkcs12Signer(readFileSync(ec('ec.p12')), 'ec-pass'), signingTime: at, appearance });
    const signatures = kit.pdfsig(save('ec.pdf', both.pdf), ca.nss);
    expect(signatures.map((s: { field: string; commonName: string; validation: string }) => [s.field, s.commonName, s.validation])).toEqual([
      ['TthcOrganisation', 'UBND phuong Hai An', 'Signature is Valid.'],
      ['TthcSigner', 'EC signer', 'Signature is Valid.'],
    ]);
    // The seal went where the signer's image then went: the same box as when the signer signs first.
    const signerFirst = await signPdf({ name: 'bao-cao.pdf', content: report }, { role: 'signer', signer, signingTime: at, appearance });
    expect(both.rect).toEqual(signerFirst.rect);
  }, 120_000);

  it('refuses, naming the file: an annex for the signer, a second signature of a role, a wrong password, no image, no number, not a PDF', async () => {
    const code = async (work: Promise<unknown> | (() => unknown)) => {
      try {
        await (typeof work === 'function' ? work() : work);
      } catch (error) {
        return error instanceof InputError ? `${error.code} ${error.path?.file}` : String(error);
      }
      return 'no error';
    };
    const signed = await signPdf({ name: 'a.pdf', content: report }, { role: 'signer', signer, signingTime: at, appearance });
    expect(await code(signPdf({ name: 'phu-luc.pdf', content: annex }, { role: 'signer', signer, signingTime: at, appearance }))).toBe('no_signature_block phu-luc.pdf');
    expect(await code(signPdf({ name: 'b.pdf', content: signed.pdf }, { role: 'signer', signer, signingTime: at, appearance }))).toBe('already_signed b.pdf');
    expect(await code(() => pkcs12Signer(readFileSync(ca.signerP12), 'sai', 'signer.p12'))).toBe('pkcs12_unreadable signer.p12');
    expect(await code(signPdf({ name: 'c.pdf', content: report }, { role: 'signer', signer, signingTime: at }))).toBe('image_missing c.pdf');
    expect(await code(signPdf({ name: 'd.pdf', content: annex }, { role: 'organisation', signer, signingTime: at }))).toBe('document_number_missing d.pdf');
    expect(await code(signPdf({ name: 'e.pdf', content: new TextEncoder().encode('not a pdf') }, { role: 'signer', signer, signingTime: at }))).toBe('not_signable_pdf e.pdf');
    const badImage = { ...appearance, signerImage: new TextEncoder().encode('GIF89a') };
    expect(await code(signPdf({ name: 'f.pdf', content: report }, { role: 'signer', signer, signingTime: at, appearance: badImage }))).toBe('bad_image f.pdf');
  }, 120_000);
});
