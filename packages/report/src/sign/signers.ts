import { X509Certificate, createPrivateKey, sign as cryptoSign } from 'node:crypto';
import { InputError } from '@tthc/core';
import forge from 'node-forge';
import { type CmsKey, buildCms } from './cms';
import { signInputErrors } from './signErrors';

// Who makes the signature: given the digest of what a PDF signature covers, a signer returns the
// CMS signature (DER). Two are given: a PKCS#12 file (the key on this machine) and a remote
// signing service over HTTP (the key on a token or in a service, the signer approving on a
// phone). A unit's own service is adapted by writing a `PdfSigner` of its own.

/** What a signer is asked to sign. */
export interface SignRequest {
  /** SHA-256 of the bytes the PDF signature covers. */
  digest: Uint8Array;
  digestAlgorithm: 'SHA-256';
  /** The PDF's file name, for a service's log and the signer's phone. */
  document: string;
}

/** Makes the CMS signature (a detached SignedData, DER) of a digest. */
export interface PdfSigner {
  sign(request: SignRequest): Promise<Uint8Array>;
}

/**
 * A signer holding the key of a PKCS#12 file (.p12/.pfx, as the certification services and
 * OpenSSL write it, legacy or AES-encrypted): PAdES B-B with SHA-256, RSA or ECDSA.
 *
 * @param p12 - the file's bytes
 * @param password - its password (from a file or the environment, never a command-line argument)
 * @param file - its name, for errors
 * @throws InputError when the file cannot be opened or holds no key with its certificate
 */
export function pkcs12Signer(p12: Uint8Array, password: string, file = 'PKCS#12'): PdfSigner {
  const key = readPkcs12(p12, password, file);
  return { sign: ({ digest }) => buildCms(digest, key) };
}

function readPkcs12(p12: Uint8Array, password: string, file: string): CmsKey {
  let bags: { key?: forge.pki.PrivateKey | null; cert?: forge.pki.Certificate | null; asn1?: forge.asn1.Asn1 }[];
  let keyBags: typeof bags;
  try {
    const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary'))), password);
    const of = (bagType: string) => (parsed.getBags({ bagType })[bagType] ?? []) as typeof bags;
    bags = of(forge.pki.oids.certBag as string);
    keyBags = [...of(forge.pki.oids.pkcs8ShroudedKeyBag as string), ...of(forge.pki.oids.keyBag as string)];
  } catch (error) {
    throw new InputError(signInputErrors.pkcs12_unreadable, { path: { file }, cause: error });
  }
  const der = (asn1: forge.asn1.Asn1) => new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  const certificates = bags.map((b) => der(b.cert ? forge.pki.certificateToAsn1(b.cert) : (b.asn1 as forge.asn1.Asn1)));
  const keyBag = keyBags[0];
  if (!keyBag || certificates.length === 0) throw new InputError(signInputErrors.pkcs12_no_key, { path: { file } });
  const privateKey = createPrivateKey({
    key: Buffer.from(der(keyBag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key as forge.pki.rsa.PrivateKey)) : (keyBag.asn1 as forge.asn1.Asn1))),
    format: 'der',
    type: 'pkcs8',
  });
  const own = certificates.findIndex((c) => new X509Certificate(c).checkPrivateKey(privateKey));
  if (own === -1) throw new InputError(signInputErrors.pkcs12_no_key, { path: { file } });
  return {
    certificate: certificates[own] as Uint8Array,
    chain: certificates.filter((_, i) => i !== own),
    keyType: privateKey.asymmetricKeyType === 'ec' ? 'ec' : 'rsa',
    sign: async (data) => new Uint8Array(cryptoSign('sha256', data, privateKey)),
  };
}

/** Where a remote signing service is and how to call it. */
export interface RemoteSignerOptions {
  /** The service's signing endpoint (https in production). */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** How long to wait for the signer's approval: 300 s by default. */
  timeoutMs?: number;
}

/**
 * A signer that asks a remote service: `POST url` with
 * `{"digest": "<base64>", "digestAlgorithm": "SHA-256", "document": "<file name>"}` and
 * `Authorization: Bearer <token>`; the service answers `{"cms": "<base64 DER>"}` once the
 * signer approved. This is the toolkit's own small protocol (a stub): a real service (each has
 * its own API) is reached through a proxy speaking it, or a `PdfSigner` written for it.
 *
 * @throws InputError (when signing) naming the service and what it answered
 */
export function remoteSigner(options: RemoteSignerOptions): PdfSigner {
  const url = new URL(options.url).href;
  return {
    async sign({ digest, digestAlgorithm, document }) {
      const fail = (detail: string, cause?: unknown) => new InputError(signInputErrors.remote_signer_failed, { params: { url, detail }, cause });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ digest: Buffer.from(digest).toString('base64'), digestAlgorithm, document }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 300_000),
      }).catch((error: unknown) => {
        throw fail(error instanceof Error ? error.message : String(error), error);
      });
      if (!response.ok) throw fail(`HTTP ${response.status}`);
      const body = (await response.json().catch(() => ({}))) as { cms?: unknown };
      if (typeof body.cms !== 'string' || body.cms.length === 0) throw fail('no "cms" in the answer');
      return new Uint8Array(Buffer.from(body.cms, 'base64'));
    },
  };
}
