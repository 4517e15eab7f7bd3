import { SIGNATURE_MARKS } from '@tthc/render';
import type { Rect, SignatureRoom } from './appearance';
import type { PdfFile } from './pdfFile';
import { type PdfDict, type PdfRef, type PdfValue, isDict, isRaw, isRef } from './pdfObjects';

/** Who signs: the competent person, or the organisation (the unit). */
export type SignRole = 'signer' | 'organisation';

/** The signature fields the toolkit writes, by role. */
export const SIGNATURE_FIELDS: Readonly<Record<SignRole, string>> = { signer: 'TthcSigner', organisation: 'TthcOrganisation' };

/** What signing reads of a PDF: its catalog, its form's fields, page 1 and the render's marks. */
export interface SignatureMarks {
  catalogRef: PdfRef;
  catalog: PdfDict;
  acroForm?: PdfDict;
  fieldRefs: PdfValue[];
  /** The fields by name (/T). */
  fields: Map<string, PdfDict>;
  firstPage: PdfRef;
  firstPageBox: Rect;
  /** The room the render left for the signature (a report's sign-off), when the marks are there. */
  room?: SignatureRoom;
  roomPage?: PdfRef;
  roomPageNumber: number;
  /** The signer's signature box, when the signer signed already. */
  signerRect?: Rect;
}

const number = (v: PdfValue | undefined): number => {
  const n = isRaw(v) ? Number(v.text) : Number.NaN;
  if (!Number.isFinite(n)) throw new RangeError('expected a number');
  return n;
};
const rectOf = (v: PdfValue | undefined): Rect => {
  if (!Array.isArray(v) || v.length !== 4) throw new RangeError('expected a rectangle');
  return v.map(number) as unknown as Rect;
};
const literal = (v: PdfValue | undefined) => (isRaw(v) ? v.text.replace(/^\((.*)\)$/s, '$1') : undefined);

/**
 * Reads the catalog, the signature fields, page 1 and the marks of the sign-off (named
 * destinations `TthcSignatureRoom` and `TthcSignerName`, written by the render).
 *
 * @throws RangeError when the PDF's structure is not what a PDF's must be
 */
export function readSignatureMarks(pdf: PdfFile): SignatureMarks {
  const dict = (v: PdfValue | undefined, what: string): PdfDict => {
    const d = pdf.resolve(v);
    if (!isDict(d)) throw new RangeError(`expected ${what}`);
    return d;
  };
  const catalogRef = pdf.trailer.get('Root');
  if (!isRef(catalogRef)) throw new RangeError('expected /Root in the trailer');
  const catalog = dict(catalogRef, 'the catalog');
  const acro = pdf.resolve(catalog.get('AcroForm'));
  const acroForm = isDict(acro) ? acro : undefined;
  const listed = pdf.resolve(acroForm?.get('Fields'));
  const fieldRefs = Array.isArray(listed) ? listed : [];
  const fields = new Map<string, PdfDict>();
  for (const f of fieldRefs) {
    const d = pdf.resolve(f);
    const t = isDict(d) ? literal(d.get('T')) : undefined;
    if (t && isDict(d)) fields.set(t, d);
  }
  const pages = pagesOf(pdf, catalog.get('Pages'));
  const firstPage = pages[0];
  if (!firstPage) throw new RangeError('expected a page');
  const firstPageBox = rectOf(inherited(pdf, firstPage, 'MediaBox'));
  const dests = pdf.resolve(catalog.get('Dests'));
  const at = (mark: string) => {
    const d = isDict(dests) ? pdf.resolve(dests.get(mark)) : undefined;
    const target = isDict(d) ? pdf.resolve(d.get('D')) : d;
    return Array.isArray(target) && isRef(target[0]) ? { page: target[0], left: number(target[2]), top: number(target[3]) } : undefined;
  };
  const roomMark = at(SIGNATURE_MARKS.room);
  const nameMark = at(SIGNATURE_MARKS.name);
  const signer = fields.get(SIGNATURE_FIELDS.signer);
  const base = { catalogRef, catalog, ...(acroForm ? { acroForm } : {}), fieldRefs, fields, firstPage, firstPageBox, roomPageNumber: 1 };
  if (!roomMark || !nameMark || roomMark.page.num !== nameMark.page.num || roomMark.top <= nameMark.top) return base;
  return {
    ...base,
    room: { centre: roomMark.left, top: roomMark.top, bottom: nameMark.top },
    roomPage: roomMark.page,
    roomPageNumber: pages.findIndex((p) => p.num === roomMark.page.num) + 1,
    ...(signer ? { signerRect: rectOf(signer.get('Rect')) } : {}),
  };
}

/** The page objects in order (the page tree walked depth first). */
function pagesOf(pdf: PdfFile, root: PdfValue | undefined): PdfRef[] {
  const out: PdfRef[] = [];
  const walk = (node: PdfValue | undefined, depth: number) => {
    if (!isRef(node) || depth > 32 || out.length > 100_000) return;
    const d = pdf.get(node);
    if (!isDict(d)) return;
    const kids = pdf.resolve(d.get('Kids'));
    if (Array.isArray(kids)) for (const kid of kids) walk(kid, depth + 1);
    else out.push(node);
  };
  walk(root, 0);
  return out;
}

/** A page's attribute, or its nearest ancestor's (MediaBox is inheritable). */
function inherited(pdf: PdfFile, page: PdfRef, key: string): PdfValue | undefined {
  let node: PdfValue | undefined = page;
  for (let depth = 0; node && depth < 32; depth += 1) {
    const d = pdf.resolve(node);
    if (!isDict(d)) return undefined;
    if (d.has(key)) return pdf.resolve(d.get(key));
    node = d.get('Parent');
  }
  return undefined;
}
