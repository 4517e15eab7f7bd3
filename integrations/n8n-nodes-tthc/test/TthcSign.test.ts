import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { pkcs12Signer } from '@tthc/report';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { TthcRender } from '../src/nodes/TthcRender/TthcRender.node';
import { TthcSign } from '../src/nodes/TthcSign/TthcSign.node';
import { binaryOf, bytesOf, firstItem, mockExecute } from './_lib/mockExecute';

// TTHC Render's PDFs through TTHC Sign (the example's test keys), checked by poppler's pdfsig
// trusting the example's test CA.

const example = (name: string) => fileURLToPath(new URL(`../../../examples/hai-an/${name}`, import.meta.url));
const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const password = () => readFileSync(example('signing/mat-khau-thu-nghiem.txt'), 'utf8').trim();
const pkcs12 = (who: string) => ({ pkcs12: readFileSync(example(`signing/${who}-thu-nghiem.p12`)).toString('base64'), password: password() });

describe.runIf(['soffice', 'pdfsig', 'certutil'].every(onPath))('TTHC Sign', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-n8n-sign-'));
  const nss = join(dir, 'nss');
  let rendered: Awaited<ReturnType<typeof firstItem>>;
  const pdfsig = (bytes: Buffer, name: string) => {
    writeFileSync(join(dir, name), bytes);
    return execFileSync('pdfsig', ['-nssdir', `sql:${nss}`, join(dir, name)], { encoding: 'utf8' });
  };

  beforeAll(async () => {
    mkdirSync(nss);
    execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
    execFileSync('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'example CA', '-t', 'CT,C,C', '-i', example('signing/ca-thu-nghiem.pem')]);
    const file = { json: {}, binary: { data: binaryOf(readFileSync(example('dossiers.jsonl')), 'dossiers.jsonl') } };
    const dataset = firstItem(await new TthcImport().execute.call(mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } })));
    const metricsParams = { period: 'custom', from: '2025-12-25', to: '2026-01-07', catalogSource: 'filePath', catalogPath: example('catalog.csv'), options: {} };
    const metrics = firstItem(await new TthcMetrics().execute.call(mockExecute({ items: [dataset], params: metricsParams })));
    const params = { profileSource: 'filePath', profilePath: example('profile.yaml'), formats: ['pdf'], options: {} };
    rendered = firstItem(await new TthcRender().execute.call(mockExecute({ items: [metrics], params })));
  }, 600_000);

  it('signs the report and the annex as the organisation, keeping the item\u2019s mail', async () => {
    const params = { role: 'organisation', signerType: 'pkcs12', binaryProperties: 'pdf,pdfAnnex', profilePath: example('profile.yaml'), options: { documentNumber: '15/BC-UBND' } };
    const out = firstItem(await new TthcSign().execute.call(mockExecute({ items: [rendered], params, credentials: { tthcPkcs12: pkcs12('co-quan') } })));
    expect(out.json.mail).toEqual(rendered.json.mail);
    expect(out.json.signatures).toEqual([
      { property: 'pdf', file: 'phuong-hai-an-2025-12-25-2026-01-07.pdf', kind: 'report', role: 'organisation', field: 'TthcOrganisation', page: 4 },
      { property: 'pdfAnnex', file: 'phuong-hai-an-2025-12-25-2026-01-07-phu-luc.pdf', kind: 'annex', role: 'organisation', field: 'TthcOrganisation', page: 1 },
    ]);
    for (const property of ['pdf', 'pdfAnnex']) {
      expect(out.binary?.[property]).toMatchObject({ fileName: rendered.binary?.[property]?.fileName, mimeType: 'application/pdf' });
      const checked = pdfsig(bytesOf(out.binary?.[property]), `${property}.pdf`);
      expect(checked).toMatch(/Common Name: UBND phuong Hai An[\s\S]*Signature is Valid\.[\s\S]*Certificate is Trusted\./);
    }
  }, 120_000);

  it('asks the remote signing service of its credential; an error names the service', async () => {
    const signer = pkcs12Signer(readFileSync(example('signing/nguoi-ky-thu-nghiem.p12')), password());
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', async () => {
        if (req.headers.authorization !== 'Bearer dung') return void res.writeHead(403).end();
        const cms = await signer.sign({ digest: Buffer.from(JSON.parse(body).digest, 'base64'), digestAlgorithm: 'SHA-256', document: 'x' });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ cms: Buffer.from(cms).toString('base64') }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/ky`;
    try {
      const params = { role: 'signer', signerType: 'remote', binaryProperties: 'pdf', profilePath: example('profile.yaml'), options: {} };
      const out = firstItem(await new TthcSign().execute.call(mockExecute({ items: [rendered], params, credentials: { tthcRemoteSigner: { url, token: 'dung' } } })));
      expect(pdfsig(bytesOf(out.binary?.pdf), 'remote.pdf')).toMatch(/Common Name: Bui Quang Ngan[\s\S]*Signature is Valid\./);
      const refused = new TthcSign().execute.call(mockExecute({ items: [rendered], params, credentials: { tthcRemoteSigner: { url, token: 'sai' } } }));
      await expect(refused).rejects.toThrow(/ky.*HTTP 403/);
      // The annex has no sign-off: the signer cannot sign it.
      const annex = new TthcSign().execute.call(mockExecute({ items: [rendered], params: { ...params, binaryProperties: 'pdfAnnex' }, credentials: { tthcRemoteSigner: { url, token: 'dung' } } }));
      await expect(annex).rejects.toThrow(/phu-luc\.pdf/);
    } finally {
      server.close();
    }
  }, 120_000);
});
