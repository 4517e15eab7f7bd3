// A small deterministic XLSX writer for fixtures, the example exports and the bench data
// (not part of the package): fixed zip dates, entries in Excel's order (the sheet before the
// shared strings), streamed so that a million rows never sit in memory.
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A cell to write: text (a shared string unless `inline`), a number, an Excel date serial. */
export type WriteCell = string | number | { serial: number } | { inline: string } | { raw: string } | null | undefined;

export interface SheetSpec {
  name: string;
  /** Rows in order; `null` leaves the row out of the XML (an empty row, as Excel omits it). */
  rows: Iterable<WriteCell[] | null>;
  /** Merged ranges such as `A4:A5`. */
  merges?: string[];
}

export interface XlsxOptions {
  /** Write `<workbookPr date1904="1"/>`. */
  date1904?: boolean;
  /** Text as inline strings instead of shared strings. */
  inlineStrings?: boolean;
  /** Put xl/sharedStrings.xml before the sheet in the zip (Excel puts it after). */
  sharedStringsFirst?: boolean;
  /** Deflate level, default 6. */
  level?: number;
  /** A namespace prefix for the sheet and shared-string elements (`x` → `<x:row>`), as some writers do. */
  prefix?: string;
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c).replace(
    // eslint-disable-next-line no-control-regex
    /[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
  );

export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel serial of a wall-clock time given as `YYYY-MM-DDTHH:mm:ss` (the 1900 system, after 1/3/1900). */
export function toSerial(local: string): number {
  const [d, t = '00:00:00'] = local.split('T');
  const [y, mo, day] = (d ?? '').split('-').map(Number);
  const [h, mi, s = 0] = t.split(':').map(Number);
  const ms = Date.UTC(y ?? 0, (mo ?? 1) - 1, day ?? 1, h ?? 0, mi ?? 0, s);
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

interface Sink {
  write(b: Buffer): void;
  end(): Promise<void>;
}

/** Zip writer with streamed deflate, data descriptors and a fixed date (1/1/2026 00:00). */
class Zip {
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;
  constructor(private readonly sink: Sink, private readonly level: number) {}

  private out(b: Buffer) {
    this.sink.write(b);
    this.offset += b.length;
  }

  /** Writes an entry from a sequence of uncompressed pieces. */
  add(name: string, pieces: Iterable<string | Buffer>) {
    const nameBuf = Buffer.from(name, 'utf8');
    const start = this.offset;
    const dosTime = 0;
    const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // data descriptor + UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt16LE(nameBuf.length, 26);
    this.out(local);
    this.out(nameBuf);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    let pending: Buffer[] = [];
    let pendingSize = 0;
    const flush = (final: boolean) => {
      if (pendingSize === 0 && !final) return;
      const data = Buffer.concat(pending);
      pending = [];
      pendingSize = 0;
      crc = crc32(data, crc);
      size += data.length;
      // Independent raw deflate pieces ending on a sync flush concatenate into one valid stream.
      const z = final
        ? deflateRawSync(data, { level: this.level })
        : deflateRawSync(data, { level: this.level, finishFlush: constants.Z_SYNC_FLUSH });
      compressed += z.length;
      this.out(z);
    };
    for (const piece of pieces) {
      const b = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      pending.push(b);
      pendingSize += b.length;
      if (pendingSize >= 4 * 1024 * 1024) flush(false);
    }
    flush(true);
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(crc >>> 0, 4);
    desc.writeUInt32LE(compressed, 8);
    desc.writeUInt32LE(size, 12);
    this.out(desc);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0808, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt16LE(dosTime, 12);
    c.writeUInt16LE(dosDate, 14);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(compressed, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(start, 42);
    this.central.push(c, nameBuf);
    this.count++;
  }

  async finish() {
    const cdStart = this.offset;
    for (const b of this.central) this.out(b);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(this.offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    this.out(end);
    await this.sink.end();
  }
}

function* sheetXml(sheet: SheetSpec, strings: Map<string, number> | undefined): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>';
  let r = 0;
  let batch = '';
  for (const row of sheet.rows) {
    r++;
    if (!row) continue;
    let x = `<row r="${r}">`;
    row.forEach((cell, i) => {
      if (cell === null || cell === undefined || cell === '') return;
      const ref = `${columnName(i)}${r}`;
      if (typeof cell === 'number') x += `<c r="${ref}"><v>${cell}</v></c>`;
      else if (typeof cell === 'string') {
        if (strings) {
          let idx = strings.get(cell);
          if (idx === undefined) {
            idx = strings.size;
            strings.set(cell, idx);
          }
          x += `<c r="${ref}" t="s"><v>${idx}</v></c>`;
        } else x += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(cell)}</t></is></c>`;
      } else if ('serial' in cell) x += `<c r="${ref}" s="1"><v>${cell.serial}</v></c>`;
      else if ('inline' in cell) x += `<c r="${ref}" t="inlineStr"><is><t>${esc(cell.inline)}</t></is></c>`;
      else x += cell.raw;
    });
    x += '</row>';
    batch += x;
    if (batch.length > 1 << 20) {
      yield batch;
      batch = '';
    }
  }
  yield batch;
  yield '</sheetData>';
  if (sheet.merges && sheet.merges.length > 0) {
    yield `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  }
  yield '</worksheet>';
}

/** The same XML with every SpreadsheetML element under a namespace prefix. */
function* prefixed(pieces: Iterable<string>, prefix: string | undefined): Generator<string> {
  for (const piece of pieces) {
    yield prefix === undefined
      ? piece
      : piece
          .replace(/<(\/?)(worksheet|sheetData|row|c|v|is|t|si|sst|mergeCells|mergeCell)\b/g, `<$1${prefix}:$2`)
          .replace(/ xmlns="http:\/\/schemas.openxmlformats.org\/spreadsheetml\/2006\/main"/, ` xmlns:${prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`);
  }
}

function* sharedStringsXml(strings: Map<string, number>): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">`;
  let batch = '';
  for (const s of strings.keys()) {
    batch += `<si><t xml:space="preserve">${esc(s)}</t></si>`;
    if (batch.length > 1 << 20) {
      yield batch;
      batch = '';
    }
  }
  yield batch;
  yield '</sst>';
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

async function write(sink: Sink, spec: SheetSpec | SheetSpec[], options: XlsxOptions): Promise<void> {
  const sheets = Array.isArray(spec) ? spec : [spec];
  const zip = new Zip(sink, options.level ?? 6);
  const shared = !options.inlineStrings;
  const sheetParts = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  zip.add('[Content_Types].xml', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetParts}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      (shared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
      '</Types>',
  ]);
  zip.add('_rels/.rels', [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ]);
  const sheetList = sheets.map((sh, i) => `<sheet name="${esc(sh.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  zip.add('xl/workbook.xml', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheetList}</sheets></workbook>`,
  ]);
  const sheetRels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  zip.add('xl/_rels/workbook.xml.rels', [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      (shared ? '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
      '</Relationships>',
  ]);
  zip.add('xl/styles.xml', [STYLES]);
  if (shared && options.sharedStringsFirst) {
    // Build the table first (rows are iterated twice: keep them).
    const strings = new Map<string, number>();
    const kept = sheets.map((sh) => ({ ...sh, rows: [...sh.rows] }));
    for (const sh of kept) for (const _ of sheetXml(sh, strings));
    zip.add('xl/sharedStrings.xml', prefixed(sharedStringsXml(strings), options.prefix));
    kept.forEach((sh, i) => zip.add(`xl/worksheets/sheet${i + 1}.xml`, prefixed(sheetXml(sh, new Map(strings)), options.prefix)));
  } else {
    const strings = shared ? new Map<string, number>() : undefined;
    sheets.forEach((sh, i) => zip.add(`xl/worksheets/sheet${i + 1}.xml`, prefixed(sheetXml(sh, strings), options.prefix)));
    if (strings) zip.add('xl/sharedStrings.xml', prefixed(sharedStringsXml(strings), options.prefix));
  }
  await zip.finish();
}

/** A zip of the given entries (deflated, fixed dates), for tests that rewrite a workbook's parts. */
export async function zipBuffer(entries: readonly { name: string; data: Buffer }[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const zip = new Zip({ write: (b) => parts.push(b), end: async () => {} }, 6);
  for (const e of entries) zip.add(e.name, [e.data]);
  await zip.finish();
  return Buffer.concat(parts);
}

/** Writes a workbook of one or more sheets into a buffer. */
export async function xlsxBuffer(sheet: SheetSpec | SheetSpec[], options: XlsxOptions = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  await write({ write: (b) => parts.push(b), end: async () => {} }, sheet, options);
  return Buffer.concat(parts);
}

/** Writes a one-sheet workbook to a file, streaming. */
export async function writeXlsxFile(path: string, sheet: SheetSpec, options: XlsxOptions = {}): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    await write({ write: (b) => void writeSync(fd, b), end: async () => {} }, sheet, options);
  } finally {
    closeSync(fd);
  }
}
