import { createHash } from 'node:crypto';
import { children, explicit, integer, nullValue, octets, oid, readElement, sequence, setOf, tlv } from './der';

// The CMS signature of a PDF (RFC 5652 SignedData, detached) as PAdES B-B wants it (ETSI EN
// 319 142-1 §5.1 / EN 319 122-1): signed attributes content-type, message-digest and
// signing-certificate-v2, no signing-time (the time is the signature dictionary's /M); B-T adds a
// signature time-stamp (RFC 3161) as an unsigned attribute.

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStamp: '1.2.840.113549.1.9.16.2.14',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const attribute = (type: string, value: Uint8Array) => sequence(oid(type), setOf(value));

/** What the CMS is built from: the certificates and a function signing bytes with the key. */
export interface CmsKey {
  /** The signer's certificate (DER). */
  certificate: Uint8Array;
  /** Further certificates to include (DER), the issuers up to the root. */
  chain: readonly Uint8Array[];
  /** The key's kind, for the signature algorithm's identifier. */
  keyType: 'rsa' | 'ec';
  /** Signs `data` (the DER of the signed attributes) with SHA-256: RSA PKCS#1 v1.5 or ECDSA (DER). */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/**
 * The detached CMS SignedData of the document whose SHA-256 is `digest`.
 *
 * @param digest - SHA-256 of the bytes the signature covers (the PDF's /ByteRange)
 */
export async function buildCms(digest: Uint8Array, key: CmsKey): Promise<Uint8Array> {
  const sha256Id = sequence(oid(OID.sha256), nullValue());
  const { issuer, serial } = certificateIds(key.certificate);
  // ESSCertIDv2: the certificate's hash (SHA-256, the default algorithm) and IssuerSerial.
  const essCertId = sequence(octets(sha256(key.certificate)), sequence(sequence(explicit(4, issuer)), serial));
  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(digest)),
    attribute(OID.signingCertificateV2, sequence(sequence(essCertId))),
  ];
  const signedAttributes = setOf(...attributes);
  const signature = await key.sign(signedAttributes);
  const signerInfo = sequence(
    integer(1),
    sequence(issuer, serial),
    sha256Id,
    tlv(0xa0, ...children(readElement(signedAttributes)).map((e) => e.encoded)),
    sequence(oid(key.keyType === 'rsa' ? OID.sha256WithRSA : OID.ecdsaWithSha256), ...(key.keyType === 'rsa' ? [nullValue()] : [])),
    octets(signature),
  );
  const signedData = sequence(
    integer(1),
    setOf(sha256Id),
    sequence(oid(OID.data)),
    tlv(0xa0, key.certificate, ...key.chain),
    setOf(signerInfo),
  );
  return sequence(oid(OID.signedData), explicit(0, signedData));
}

/** The certificate's issuer name and serial number (DER), from its TBSCertificate. */
function certificateIds(certificate: Uint8Array): { issuer: Uint8Array; serial: Uint8Array } {
  const fields = children(children(readElement(certificate))[0]!);
  const first = fields[0]!.tag === 0xa0 ? 1 : 0; // [0] version is optional
  return { serial: fields[first]!.encoded, issuer: fields[first + 2]!.encoded };
}

/** The parts of a CMS SignedData down to its first SignerInfo. */
function firstSignerInfo(cms: Uint8Array) {
  const [, wrapped] = children(readElement(cms));
  const signedData = children(wrapped!)[0]!;
  const fields = children(signedData);
  const signerInfos = fields[fields.length - 1]!;
  return { fields, signerInfo: children(signerInfos)[0]! };
}

/** The signature value of the CMS's first signer (what a signature time-stamp covers). */
export function signatureValueOf(cms: Uint8Array): Uint8Array {
  const parts = children(firstSignerInfo(cms).signerInfo);
  const value = parts.find((p, i) => p.tag === 0x04 && i > 2);
  if (!value) throw new RangeError('CMS: no signature value');
  return value.contents;
}

/** The CMS with `token` (an RFC 3161 TimeStampToken) as its signer's signature time-stamp. */
export function withTimestamp(cms: Uint8Array, token: Uint8Array): Uint8Array {
  const { fields, signerInfo } = firstSignerInfo(cms);
  const parts = children(signerInfo).filter((p) => p.tag !== 0xa1).map((p) => p.encoded);
  const stamped = sequence(...parts, tlv(0xa1, attribute(OID.signatureTimeStamp, token)));
  const signedData = sequence(...fields.slice(0, -1).map((f) => f.encoded), setOf(stamped));
  return sequence(oid(OID.signedData), explicit(0, signedData));
}

/** An RFC 3161 TimeStampReq for the SHA-256 `digest`, asking for the TSA's certificate. */
export function timestampRequest(digest: Uint8Array): Uint8Array {
  return sequence(integer(1), sequence(sequence(oid(OID.sha256), nullValue()), octets(digest)), tlv(0x01, Uint8Array.of(0xff)));
}

/**
 * The TimeStampToken of an RFC 3161 TimeStampResp.
 *
 * @throws RangeError when the response is not granted or holds no token
 */
export function timestampToken(response: Uint8Array): Uint8Array {
  const [status, token] = children(readElement(response));
  const code = children(status!)[0]!.contents[0];
  if (code !== 0 && code !== 1) throw new RangeError(`TSA: status ${code} (not granted)`);
  if (!token) throw new RangeError('TSA: no time-stamp token');
  return token.encoded;
}
