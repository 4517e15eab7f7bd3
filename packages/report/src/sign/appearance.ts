import type { PdfImageData } from './pngImage';

// Where the signatures go and how they look, by Nghị định 30/2020 Phụ lục I (docs/signing.md):
// the signer's image centred between the title line and the name (the report's marks), the
// seal at its real size covering the left third of the signer's image, and on an annex the
// organisation's "số, ký hiệu; thời gian ký" at the top right of page 1, Times 10 pt, black.

/** A rectangle in PDF points: left, bottom, right, top. */
export type Rect = readonly [number, number, number, number];

const POINTS_PER_MM = 72 / 25.4;
/** The signer's printed width when the profile gives none. */
export const DEFAULT_SIGNER_WIDTH_MM = 35;

/** The room the render left for the signature: the column's centre, its top and bottom. */
export interface SignatureRoom {
  centre: number;
  top: number;
  bottom: number;
}

/** The signer's image box: `widthMm` wide at its aspect, shrunk to fit the room, centred in it. */
export function signerRect(room: SignatureRoom, image: { width: number; height: number } | undefined, widthMm = DEFAULT_SIGNER_WIDTH_MM): Rect {
  const roomHeight = room.top - room.bottom;
  let width = widthMm * POINTS_PER_MM;
  let height = image ? (width * image.height) / image.width : roomHeight;
  if (height > roomHeight) {
    width *= roomHeight / height;
    height = roomHeight;
  }
  const middle = (room.top + room.bottom) / 2;
  return [room.centre - width / 2, middle - height / 2, room.centre + width / 2, middle + height / 2].map(round2) as unknown as Rect;
}

/** The seal's box: `widthMm` wide (its real size), its right edge a third into the signer's box, centred on it vertically. */
export function sealRect(signer: Rect, image: { width: number; height: number }, widthMm: number): Rect {
  const width = widthMm * POINTS_PER_MM;
  const height = (width * image.height) / image.width;
  const right = signer[0] + (signer[2] - signer[0]) / 3;
  const middle = (signer[1] + signer[3]) / 2;
  return [right - width, middle - height / 2, right, middle + height / 2].map(round2) as unknown as Rect;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The content stream drawing an image over the whole box of an appearance `width` × `height`. */
export function imageAppearance(width: number, height: number): string {
  return `q ${round2(width)} 0 0 ${round2(height)} 0 0 cm /Img Do Q`;
}

// Times-Roman widths (per 1000 units) of the characters 32–126, the standard font's metrics.
const TIMES_WIDTHS = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564,
  564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333,
  278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
  444, 480, 200, 480, 541,
];
/** Đ has no WinAnsi code; Ð (Eth, 0xD0) is drawn the same in Times. */
const ETH = '\xd0';

/** The text in WinAnsi bytes (latin1) for a Times-Roman string, or undefined when a character has none. */
export function winAnsi(text: string): string | undefined {
  const mapped = text.replaceAll('Đ', ETH);
  return /^[\x20-\x7e\xd0]*$/.test(mapped) ? mapped : undefined;
}

/** The width in points of `text` (WinAnsi) in Times-Roman at `size`. */
export function timesWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += ch === ETH ? 722 : (TIMES_WIDTHS[ch.charCodeAt(0) - 32] ?? 500);
  return (units * size) / 1000;
}

export const STAMP_SIZE = 10;
const STAMP_HEIGHT = 14;

/** The annex stamp's box: right-aligned 10 mm from the page's right edge, its top 8 mm below the page's top. */
export function stampRect(page: Rect, text: string): Rect {
  const width = timesWidth(text, STAMP_SIZE) + 2;
  const right = page[2] - 10 * POINTS_PER_MM;
  const top = page[3] - 8 * POINTS_PER_MM;
  return [right - width, top - STAMP_HEIGHT, right, top].map(round2) as unknown as Rect;
}

/** The content stream of the stamp: the text, black, upright, Times 10 pt, on its baseline. */
export function stampAppearance(text: string): string {
  const escaped = text.replace(/[\\()]/g, '\\$&');
  return `BT 0 g /F1 ${STAMP_SIZE} Tf 1 0 0 1 1 4 Tm (${escaped}) Tj ET`;
}

/** The signing time in Vietnam time (UTC+7, no daylight saving): ISO 8601 and PDF date forms. */
export function vietnamTime(at: Date): { iso: string; pdf: string } {
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19);
  return { iso: `${local}+07:00`, pdf: `D:${local.replace(/[-T:]/g, '')}+07'00'` };
}

export type { PdfImageData };
