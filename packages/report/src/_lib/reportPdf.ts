import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { InputError } from '@tthc/core';
import { LibreOfficeError, convertWithLibreOffice } from '@tthc/import';
import type { RenderedFile, ReportFormat, UnitReportsResult } from '@tthc/render';
import { reportInputErrors } from '../reportErrors';

// The report and its annex as PDF (the format units send between agencies): the DOCX and the XLSX
// the run made, printed by LibreOffice headless as PDF/A-2b (fonts embedded, text extractable),
// every report of a run in one soffice process and every annex in another. LibreOffice stamps the
// time of the conversion and a random file ID; both are set from the document instead (same
// length, so the file's offsets hold), so that the same inputs give byte-identical PDFs.

const PDF_A2B = '{"SelectPdfVersion":{"type":"long","value":"2"},"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}';

/** The annex's PDF name: `<report>-phu-luc.pdf`. */
export const annexPdfName = (xlsxName: string) => xlsxName.replace(/\.xlsx$/i, '-phu-luc.pdf');
/** The report's PDF name: `<report>.pdf`. */
export const reportPdfName = (docxName: string) => docxName.replace(/\.docx$/i, '.pdf');

/**
 * The PDFs of reports (DOCX) and annexes (XLSX), in the order given, each dated `date`
 * (YYYY-MM-DD: the document's date, else its period's end).
 *
 * @throws InputError when LibreOffice is missing or fails, naming the file
 */
export async function reportPdfs(
  reports: readonly { file: RenderedFile; date: string }[],
  annexes: readonly { file: RenderedFile; date: string }[],
): Promise<{ reports: RenderedFile[]; annexes: RenderedFile[] }> {
  const convert = async (list: readonly { file: RenderedFile; date: string }[], filter: string, name: (n: string) => string) => {
    const bytes = await convertWithLibreOffice(
      list.map(({ file }) => ({ name: file.name, data: typeof file.content === 'string' ? Buffer.from(file.content) : file.content })),
      `pdf:${filter}:${PDF_A2B}`,
    ).catch((error: unknown) => {
      if (!(error instanceof LibreOfficeError)) throw error;
      const wording = error.reason === 'missing' ? reportInputErrors.pdf_needs_libreoffice : reportInputErrors.pdf_conversion_failed;
      throw new InputError(wording, { path: { file: error.file }, cause: error });
    });
    return list.map(({ file, date }, i) => ({ name: name(file.name), content: pinned(bytes[i] as Uint8Array, date, file) }));
  };
  return {
    reports: await convert(reports, 'writer_pdf_Export', reportPdfName),
    annexes: await convert(annexes, 'calc_pdf_Export', annexPdfName),
  };
}

/**
 * The PDF with LibreOffice's conversion time replaced by `date` (midnight): in the info dictionary,
 * the XMP metadata and the header of the embedded colour profile (PDF/A's output intent, a
 * compressed stream: inflated, its date set, deflated again, and the offsets of the objects after
 * it moved in the cross-reference table); its file ID and checksum by digests of the source file.
 */
function pinned(pdf: Uint8Array, date: string, source: RenderedFile): Uint8Array {
  const digits = `${date.replaceAll('-', '')}000000`;
  const digest = createHash('sha256').update(source.content).digest('hex').toUpperCase();
  let text = Buffer.from(pdf)
    .toString('latin1')
    .replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, `$1${digits}`)
    .replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/g, `$1${date}T00:00:00`)
    .replace(/(\/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)/g, `$1${digest.slice(0, 32)}$2${digest.slice(0, 32)}$3`)
    .replace(/(\/DocChecksum\s*\/)[0-9A-Fa-f]{32}/g, `$1${digest.slice(32, 64)}`);
  const icc = /\n<<\/N 3\/Length (\d+) 0 R\/Filter\/FlateDecode>>\nstream\n/.exec(text);
  const lengthObject = icc ? new RegExp(`\\n${icc[1]} 0 obj\\n(\\d+)\\nendobj`).exec(text) : null;
  if (icc && lengthObject) {
    const start = icc.index + icc[0].length;
    const length = Number(lengthObject[1]);
    const profile = Buffer.from(inflateSync(Buffer.from(text.slice(start, start + length), 'latin1')));
    // ICC header bytes 24–35: the creation date and time, six big-endian 16-bit numbers.
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    [y, m, d, 0, 0, 0].forEach((v, i) => profile.writeUInt16BE(v, 24 + 2 * i));
    const packed = deflateSync(profile, { level: 9 }).toString('latin1');
    const digitsAt = lengthObject.index + `\n${icc[1]} 0 obj\n`.length;
    text = applyEdits(text, [
      { at: start, removed: length, added: packed },
      { at: digitsAt, removed: (lengthObject[1] as string).length, added: String(packed.length) },
    ]);
  }
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/**
 * Replaces spans of a PDF (latin1 text, one character a byte), then moves every offset of its
 * cross-reference table and `startxref` that lies after a changed span by how much it grew.
 */
function applyEdits(text: string, edits: { at: number; removed: number; added: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.at - a.at);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.at) + e.added + out.slice(e.at + e.removed);
  const shift = (offset: number) => offset + edits.filter((e) => e.at < offset).reduce((sum, e) => sum + e.added.length - e.removed, 0);
  const xref = out.lastIndexOf('\nxref\n');
  const trailer = out.indexOf('trailer', xref);
  if (xref === -1 || trailer === -1) return out;
  const table = out.slice(xref, trailer).replace(/^(\d{10}) (\d{5}) n/gm, (_, offset: string, gen: string) => `${String(shift(Number(offset))).padStart(10, '0')} ${gen} n`);
  out = out.slice(0, xref) + table + out.slice(trailer);
  return out.replace(/(startxref\s*\n)(\d+)(\s*%%EOF\s*)$/, (_, a: string, offset: string, b: string) => `${a}${shift(Number(offset))}${b}`);
}

/** The formats a run's request may ask for: the renderer's, and PDF (printed from the DOCX and XLSX). */
export const RUN_FORMATS = ['docx', 'xlsx', 'md', 'html', 'pdf'] as const;
export type RunFormat = (typeof RUN_FORMATS)[number];

/** What the renderer must make for `formats`: the same without PDF, with DOCX and XLSX when PDF is asked. */
export function renderFormatsFor(formats: readonly RunFormat[]): ReportFormat[] {
  const wanted = formats.filter((f): f is ReportFormat => f !== 'pdf');
  return formats.includes('pdf') ? [...new Set<ReportFormat>([...wanted, 'docx', 'xlsx'])] : wanted;
}

/** One report's files in the order of `formats` (PDF: the report's, then the annex's), from what was rendered. */
function inOrder(formats: readonly RunFormat[], rendered: readonly RenderedFile[], pdfs: readonly RenderedFile[]): RenderedFile[] {
  const byExt = (ext: string) => rendered.filter((f) => f.name.toLowerCase().endsWith(`.${ext}`));
  return formats.flatMap((f) => (f === 'pdf' ? [...pdfs] : byExt(f)));
}

/** One unit's files in the order of `formats`, with the report and annex PDFs when asked (dated `date`). */
export async function withPdfs(formats: readonly RunFormat[], rendered: RenderedFile[], date: string): Promise<RenderedFile[]> {
  if (!formats.includes('pdf')) return rendered;
  const docx = rendered.find((f) => f.name.endsWith('.docx')) as RenderedFile;
  const xlsx = rendered.find((f) => f.name.endsWith('.xlsx')) as RenderedFile;
  const { reports, annexes } = await reportPdfs([{ file: docx, date }], [{ file: xlsx, date }]);
  return inOrder(formats, rendered, [...reports, ...annexes]);
}

/** Every ward's files in the order of `formats`, with their PDFs when asked: all reports in one soffice process, all annexes in another. */
export async function unitReportsWithPdfs(result: UnitReportsResult, formats: readonly RunFormat[], date: string | undefined): Promise<UnitReportsResult> {
  if (!formats.includes('pdf')) return result;
  const on = date ?? result.period.to;
  const pick = (ext: string) => result.reports.map((r) => ({ file: r.files.find((f) => f.name.endsWith(`.${ext}`)) as RenderedFile, date: on }));
  const { reports, annexes } = await reportPdfs(pick('docx'), pick('xlsx'));
  return { ...result, reports: result.reports.map((r, i) => ({ ...r, files: inOrder(formats, r.files, [reports[i], annexes[i]] as RenderedFile[]) })) };
}
