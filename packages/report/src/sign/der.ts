// The few DER (X.690) pieces a CMS signature is built from: a TLV writer and reader. Pure.

/** One encoded element: tag, length, contents. */
export function tlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(contents);
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return new Uint8Array(Buffer.concat([Buffer.from([tag, ...length]), body]));
}

export const sequence = (...items: Uint8Array[]) => tlv(0x30, ...items);
/** A SET OF, its elements in DER order (by their encodings). */
export const setOf = (...items: Uint8Array[]) => tlv(0x31, ...[...items].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
export const octets = (bytes: Uint8Array) => tlv(0x04, bytes);
export const integer = (n: number) => tlv(0x02, Uint8Array.of(n));
export const explicit = (n: number, ...items: Uint8Array[]) => tlv(0xa0 + n, ...items);
export const nullValue = () => Uint8Array.of(0x05, 0x00);

/** An OBJECT IDENTIFIER from its dotted form. */
export function oid(dotted: string): Uint8Array {
  const [a, b, ...rest] = dotted.split('.').map(Number) as number[];
  const bytes = [40 * (a as number) + (b as number)];
  for (const n of rest) {
    const groups = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) groups.unshift((v & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return tlv(0x06, Uint8Array.from(bytes));
}

/** A read element: its tag, its whole encoding and its contents. */
export interface DerElement {
  tag: number;
  encoded: Uint8Array;
  contents: Uint8Array;
}

/** The element at `at` of `bytes`. */
export function readElement(bytes: Uint8Array, at = 0): DerElement {
  const tag = bytes[at];
  let length = bytes[at + 1];
  if (tag === undefined || length === undefined) throw new RangeError('DER: element cut short');
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new RangeError('DER: unsupported length');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[start + i] as number);
    start += count;
  }
  if (start + length > bytes.length) throw new RangeError('DER: element longer than its data');
  return { tag, encoded: bytes.subarray(at, start + length), contents: bytes.subarray(start, start + length) };
}

/** The elements inside a constructed element's contents. */
export function children(element: DerElement): DerElement[] {
  const out: DerElement[] = [];
  for (let at = 0; at < element.contents.length; ) {
    const child = readElement(element.contents, at);
    out.push(child);
    at += child.encoded.length;
  }
  return out;
}
