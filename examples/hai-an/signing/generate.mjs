// Writes the example ward's signing files: a test CA's signer and organisation keys (PKCS#12,
// TEST ONLY: their private keys are public in this repository), their password, and drawn
// signature and seal images. Run from the repository's root: node examples/hai-an/signing/generate.mjs
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestCa, png } from '../../../scripts/lib/signingKit.mjs';

const here = import.meta.dirname;
const ca = makeTestCa(mkdtempSync(join(tmpdir(), 'tthc-example-ca-')));
copyFileSync(ca.signerP12, join(here, 'nguoi-ky-thu-nghiem.p12'));
copyFileSync(ca.organisationP12, join(here, 'co-quan-thu-nghiem.p12'));
copyFileSync(ca.caPem, join(here, 'ca-thu-nghiem.pem'));
writeFileSync(join(here, 'mat-khau-thu-nghiem.txt'), `${ca.password}\n`);

// The signature: two blue strokes on transparent, 360 × 140.
const stroke = (x, y) => Math.abs(y - (70 + 38 * Math.sin(x / 28) * Math.exp(-x / 400))) < 4 || Math.abs(y - (95 - x / 6)) < 2.5;
writeFileSync(join(here, '../chu-ky.png'), png(360, 140, (x, y) => (stroke(x, y) ? [25, 45, 190, 255] : [0, 0, 0, 0])));
// The seal: red rings and a star on transparent, 400 × 400 (printed 36 mm wide: signing.sealWidthMm).
const star = (x, y) => {
  const [dx, dy] = [x - 200, y - 200];
  const angle = Math.atan2(dy, dx) + Math.PI / 2;
  const radius = 60 * (0.45 + 0.55 * Math.abs(Math.cos((5 * angle) / 2)) ** 6);
  return Math.hypot(dx, dy) < radius;
};
writeFileSync(
  join(here, '../con-dau.png'),
  png(400, 400, (x, y) => {
    const r = Math.hypot(x - 200, y - 200);
    return (r > 186 && r < 199) || (r > 120 && r < 127) || star(x, y) ? [210, 25, 35, 255] : [0, 0, 0, 0];
  }),
);
