// What the signing tests check signatures with, none of it the toolkit's code: a test CA made by
// OpenSSL (signer, organisation and time-stamp certificates, PKCS#12 files), an NSS trust store
// holding the CA (what poppler's pdfsig reads), pdfsig's report parsed, a time-stamp authority
// answered by `openssl ts`, PNG images drawn here, and pages rendered by pdftoppm as pixels.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const run = (cmd, args, options = {}) => execFileSync(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });

/**
 * A CA and, signed by it, the certificates of a signer, an organisation and a time-stamp
 * authority, each key in a PKCS#12 file with the password "mat-khau-thu-2026" (also in a password file):
 * the signer's as OpenSSL 3 writes it (AES), the organisation's the legacy way (3DES).
 */
export function makeTestCa(dir) {
  mkdirSync(dir, { recursive: true });
  const at = (name) => join(dir, name);
  const password = 'mat-khau-thu-2026';
  writeFileSync(at('password.txt'), `${password}\n`);
  run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', at('ca.key'), '-out', at('ca.pem'), '-days', '3650', '-subj', '/CN=TTHC Test CA/O=tthc-report tests', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  const issue = (who, subject, ext) => {
    writeFileSync(at(`${who}.ext`), ext);
    run('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', at(`${who}.key`), '-out', at(`${who}.csr`), '-subj', subject]);
    run('openssl', ['x509', '-req', '-in', at(`${who}.csr`), '-CA', at('ca.pem'), '-CAkey', at('ca.key'), '-set_serial', String(Date.now() % 1e9), '-out', at(`${who}.pem`), '-days', '365', '-extfile', at(`${who}.ext`)]);
  };
  const signing = 'keyUsage=critical,digitalSignature,nonRepudiation\n';
  issue('signer', '/CN=Bui Quang Ngan/O=UBND phuong Hai An', signing);
  issue('organisation', '/CN=UBND phuong Hai An/O=UBND phuong Hai An', signing);
  issue('tsa', '/CN=TTHC Test TSA', 'keyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n');
  const p12 = (who, legacy) =>
    run('openssl', ['pkcs12', '-export', '-inkey', at(`${who}.key`), '-in', at(`${who}.pem`), '-certfile', at('ca.pem'), '-out', at(`${who}.p12`), '-passout', `pass:${password}`, ...(legacy ? ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1'] : [])]);
  p12('signer', false);
  p12('organisation', true);
  const nss = at('nss');
  mkdirSync(nss, { recursive: true });
  run('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
  run('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'TTHC Test CA', '-t', 'CT,C,C', '-i', at('ca.pem')]);
  return { dir, password, passwordFile: at('password.txt'), signerP12: at('signer.p12'), organisationP12: at('organisation.p12'), caPem: at('ca.pem'), tsaPem: at('tsa.pem'), nss };
}

/**
 * pdfsig's report of a PDF's signatures, checked against the trust store `nss`: for each,
 * its field, the signer's common name, whether it is valid, its certificate trusted, and
 * whether it covers the whole file.
 */
export function pdfsig(pdfPath, nss) {
  const out = execFileSync('pdfsig', ['-nssdir', `sql:${nss}`, pdfPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return out
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      field: /Signature Field Name: (.*)$/m.exec(block)?.[1]?.trim(),
      commonName: /Signer Certificate Common Name: (.*)$/m.exec(block)?.[1]?.trim(),
      validation: /Signature Validation: (.*)$/m.exec(block)?.[1]?.trim(),
      certificate: /Certificate Validation: (.*)$/m.exec(block)?.[1]?.trim(),
      totalDocument: /^\s*- Total document signed/m.test(block),
      type: /Signature Type: (.*)$/m.exec(block)?.[1]?.trim(),
    }));
}

/** A PNG (RGBA, 8 bits) of `width` × `height` whose pixel (x, y) is `paint(x, y)` → [r, g, b, a]. */
export function png(width, height, paint) {
  const rows = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x += 1) Buffer.from(paint(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]));
}

/** A handwritten-looking signature: a blue wave on transparent, 300 × 120. */
export const signerPng = () => png(300, 120, (x, y) => (Math.abs(y - (60 + 40 * Math.sin(x / 25))) < 7 ? [20, 40, 200, 255] : [0, 0, 0, 0]));
/** A seal: a red ring and dot on transparent, 200 × 200. */
export const sealPng = () =>
  png(200, 200, (x, y) => {
    const r = Math.hypot(x - 100, y - 100);
    return (r > 82 && r < 100) || r < 20 ? [220, 20, 30, 255] : [0, 0, 0, 0];
  });

/** Page `page` of a PDF rendered by pdftoppm at 72 dpi (one pixel a point): width, height, RGB bytes. */
export function pagePixels(pdfPath, page) {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '72', pdfPath], { maxBuffer: 1 << 28 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = ppm.subarray(header[0].length);
  return { width, height, at: (x, y) => [...data.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)] };
}

/**
 * A time-stamp authority on 127.0.0.1 (RFC 3161 over HTTP), answered by `openssl ts -reply`
 * with the TSA certificate of `makeTestCa`. Returns its URL and `close`.
 */
export async function startTsa(ca) {
  const at = (name) => join(ca.dir, name);
  writeFileSync(
    at('tsa.cnf'),
    ['[ tsa ]', 'default_tsa = tsa_config', '[ tsa_config ]', `serial = ${at('tsa.serial')}`, 'crypto_device = builtin', `signer_cert = ${at('tsa.pem')}`, `certs = ${at('ca.pem')}`, `signer_key = ${at('tsa.key')}`, 'signer_digest = sha256', 'default_policy = 1.2.3.4.1', 'digests = sha256', 'accuracy = secs:1', 'ess_cert_id_alg = sha256', 'ordering = yes', 'tsa_name = no', 'ess_cert_id_chain = no', ''].join('\n'),
  );
  writeFileSync(at('tsa.serial'), '01\n');
  let requests = 0;
  const server = createServer((req, res) => {
    const body = [];
    req.on('data', (c) => body.push(c));
    req.on('end', () => {
      requests += 1;
      writeFileSync(at('tsq.der'), Buffer.concat(body));
      try {
        run('openssl', ['ts', '-reply', '-config', at('tsa.cnf'), '-queryfile', at('tsq.der'), '-out', at('tsr.der')]);
        res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(at('tsr.der')));
      } catch {
        res.writeHead(500).end();
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/tsa`, requests: () => requests, close: () => new Promise((resolve) => server.close(resolve)) };
}
