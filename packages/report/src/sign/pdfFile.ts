import { type PdfDict, type PdfRef, type PdfValue, PdfSyntaxError, isDict, isRaw, isRef, parseValue, raw, ref, serialize } from './pdfObjects';

// A PDF file as an incremental update sees it (ISO 32000-1 §7.5.6): its cross-reference tables,
// newest first through /Prev, say where each object's latest version is; changes are appended
// after %%EOF as new object versions, a new table and a trailer pointing back, so the bytes
// signed before stay as they were.

/** A PDF whose objects can be read and to which an update can be appended. */
export interface PdfFile {
  readonly bytes: Uint8Array;
  /** The newest trailer. */
  readonly trailer: PdfDict;
  /** The object `r` points to (its latest version); a stream's dictionary. */
  get(r: PdfRef): PdfValue;
  /** `value`, or what it points to when it is a reference. */
  resolve(value: PdfValue | undefined): PdfValue | undefined;
  /** The next free object number. */
  readonly size: number;
}

/**
 * Reads the cross-reference tables and trailers of a PDF.
 *
 * @throws PdfSyntaxError when the file is not a PDF with classic cross-reference tables
 */
export function readPdf(bytes: Uint8Array): PdfFile {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new PdfSyntaxError(0, '%PDF- at the start of the file');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!start) throw new PdfSyntaxError(text.length, 'startxref and %%EOF at the end of the file');
  const offsets = new Map<number, number>();
  let trailer: PdfDict | undefined;
  const seen = new Set<number>();
  for (let at: number | undefined = Number(start[1]); at !== undefined; ) {
    if (seen.has(at) || seen.size > 1000) throw new PdfSyntaxError(at, 'a chain of cross-reference tables without a loop');
    seen.add(at);
    const section = readXrefSection(text, at);
    for (const [num, offset] of section.offsets) if (!offsets.has(num)) offsets.set(num, offset);
    trailer ??= section.trailer;
    const prev = section.trailer.get('Prev');
    at = isRaw(prev) ? Number(prev.text) : undefined;
  }
  const last = trailer as PdfDict;
  const get = (r: PdfRef): PdfValue => {
    const offset = offsets.get(r.num);
    if (offset === undefined) throw new PdfSyntaxError(0, `object ${r.num} in a cross-reference table`);
    const head = /^\s*(\d+)\s+(\d+)\s+obj\b/.exec(text.slice(offset, offset + 64));
    if (!head || Number(head[1]) !== r.num) throw new PdfSyntaxError(offset, `object ${r.num} ${r.gen} obj`);
    return parseValue(text, offset + head[0].length).value;
  };
  const sizeValue = last.get('Size');
  const size = isRaw(sizeValue) ? Number(sizeValue.text) : Number.NaN;
  return {
    bytes,
    trailer: last,
    get,
    resolve: (value) => (isRef(value) ? get(value) : value),
    size: Number.isInteger(size) ? size : Math.max(0, ...offsets.keys()) + 1,
  };
}

function readXrefSection(text: string, at: number): { offsets: Map<number, number>; trailer: PdfDict } {
  if (!text.startsWith('xref', at)) {
    const isStream = /^\s*\d+\s+\d+\s+obj/.test(text.slice(at, at + 32));
    throw new PdfSyntaxError(at, isStream ? 'a classic cross-reference table (this PDF uses a cross-reference stream)' : 'xref');
  }
  const end = text.indexOf('trailer', at);
  if (end === -1) throw new PdfSyntaxError(at, 'trailer after the cross-reference table');
  const offsets = new Map<number, number>();
  let num = 0;
  for (const line of text.slice(at + 4, end).split(/\r\n|\r|\n/)) {
    const sub = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
    const entry = /^\s*(\d{10})\s+(\d{5})\s+([nf])/.exec(line);
    if (sub) num = Number(sub[1]);
    else if (entry) {
      if (entry[3] === 'n') offsets.set(num, Number(entry[1]));
      num += 1;
    }
  }
  const trailer = parseValue(text, end + 'trailer'.length).value;
  if (!isDict(trailer)) throw new PdfSyntaxError(end, 'a dictionary after trailer');
  return { offsets, trailer };
}

/** One object of an update: a value, or a stream (its dictionary gets /Length). */
export interface UpdateObject {
  ref: PdfRef;
  value: PdfDict | PdfValue[];
  stream?: Uint8Array;
}

/**
 * The PDF with `objects` appended as an incremental update: each written after the old %%EOF,
 * then a cross-reference table of them and a trailer (/Prev the old table, /Size grown).
 */
export function appendUpdate(pdf: PdfFile, objects: readonly UpdateObject[]): Uint8Array {
  const old = Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength);
  const parts: Buffer[] = [old, Buffer.from(old[old.length - 1] === 0x0a ? '' : '\n', 'latin1')];
  let length = parts[0]!.length + parts[1]!.length;
  const offsets = new Map<number, number>();
  for (const o of objects) {
    offsets.set(o.ref.num, length);
    const dict = o.stream && isDict(o.value) ? new Map(o.value).set('Length', raw(o.stream.length)) : o.value;
    const pieces = [Buffer.from(`${o.ref.num} ${o.ref.gen} obj\n${serialize(dict)}\n`, 'latin1')];
    if (o.stream) pieces.push(Buffer.from('stream\n', 'latin1'), Buffer.from(o.stream), Buffer.from('\nendstream\n', 'latin1'));
    pieces.push(Buffer.from('endobj\n', 'latin1'));
    for (const p of pieces) {
      parts.push(p);
      length += p.length;
    }
  }
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(old.subarray(-1024).toString('latin1'));
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  const rows: string[] = [];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === (nums[j] as number) + 1) j += 1;
    rows.push(`${nums[i]} ${j - i + 1}`);
    for (let k = i; k <= j; k += 1) rows.push(`${String(offsets.get(nums[k] as number)).padStart(10, '0')} 00000 n `);
    i = j + 1;
  }
  const size = Math.max(pdf.size, ...nums.map((n) => n + 1));
  const trailer: PdfDict = new Map(pdf.trailer);
  for (const key of ['Prev', 'XRefStm']) trailer.delete(key);
  trailer.set('Size', raw(size));
  trailer.set('Prev', raw(startxref?.[1] ?? '0'));
  parts.push(Buffer.from(`xref\n${rows.join('\n')}\ntrailer\n${serialize(trailer)}\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** `count` fresh references from the file's size on. */
export function freshRefs(pdf: PdfFile, count: number): PdfRef[] {
  return Array.from({ length: count }, (_, i) => ref(pdf.size + i));
}
