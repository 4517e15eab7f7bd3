import { createHash } from 'node:crypto';
import { InputError } from '@tthc/core';
import { type Rect, type SignatureRoom, imageAppearance, sealRect, signerRect, stampAppearance, stampRect, vietnamTime, winAnsi } from './appearance';
import { signatureValueOf, timestampRequest, timestampToken, withTimestamp } from './cms';
import { type PdfFile, type UpdateObject, appendUpdate, freshRefs, readPdf } from './pdfFile';
import { type PdfDict, type PdfRef, type PdfValue, PdfSyntaxError, name, raw, textString } from './pdfObjects';
import { PngError, readPng } from './pngImage';
import { roleWords, signInputErrors } from './signErrors';
import type { PdfSigner } from './signers';
import { SIGNATURE_FIELDS, type SignRole, readSignatureMarks } from './signatureMarks';

/** How a report's PDF is signed. */
export interface SignPdfOptions {
  /** `signer`: the competent person (the report only); `organisation`: the unit (report or annex). */
  role: SignRole;
  /** Makes the CMS signature: `pkcs12Signer`, `remoteSigner` or one of your own. */
  signer: PdfSigner;
  /** When the signature is made (shown in Vietnam time; the library reads no clock). */
  signingTime: Date;
  /** The images and sizes of the unit's profile (`signing`): the signer's image for `signer`, the seal for `organisation` on a report. */
  appearance?: {
    signerImage?: Uint8Array;
    signerWidthMm?: number;
    sealImage?: Uint8Array;
    sealWidthMm?: number;
  };
  /** "15/BC-UBND": the document's number and symbol, shown by the organisation's signature on an annex. */
  documentNumber?: string;
  /** An RFC 3161 time-stamp server: the signature gets its time-stamp (PAdES B-T). */
  timestampUrl?: string;
  /** Bytes kept for the signature: 24,576 by default. */
  signatureRoom?: number;
}

/** A signed PDF and what was signed. */
export interface SignedPdf {
  pdf: Uint8Array;
  /** `report` (it has the sign-off marks) or `annex`. */
  kind: 'report' | 'annex';
  role: SignRole;
  /** The signature's field name in the PDF. */
  field: string;
  /** Where its appearance is, on which page (1-based). */
  rect: Rect;
  page: number;
}

/**
 * Signs a PDF printed by `tthc report` (PAdES, an incremental update: signatures made before
 * stay valid), its appearance placed from the render's marks as Nghị định 30/2020 Phụ lục I
 * sets: the signer's image between title and name; the seal over the left third of it; on an
 * annex, the organisation's text at the top right of page 1.
 *
 * @param file - the PDF and its file name (for errors)
 * @throws InputError naming the file: not a PDF of the toolkit, no image, already signed, …
 */
export async function signPdf(file: { name: string; content: Uint8Array }, options: SignPdfOptions): Promise<SignedPdf> {
  const path = { file: file.name };
  let pdf: PdfFile;
  let marks: ReturnType<typeof readSignatureMarks>;
  try {
    pdf = readPdf(file.content);
    marks = readSignatureMarks(pdf);
  } catch (error) {
    if (!(error instanceof PdfSyntaxError || error instanceof RangeError)) throw error;
    throw new InputError(signInputErrors.not_signable_pdf, { path, params: { detail: error.message }, cause: error });
  }
  const field = SIGNATURE_FIELDS[options.role];
  if (marks.fields.has(field)) throw new InputError(signInputErrors.already_signed, { path, params: roleWords(options.role) });
  const kind = marks.room ? 'report' : 'annex';
  if (options.role === 'signer' && !marks.room) throw new InputError(signInputErrors.no_signature_block, { path });
  const time = vietnamTime(options.signingTime);
  const look = appearanceOf(file.name, options, marks, time.iso);

  const [sigRef, widgetRef, apRef, resourceRef, maskRef, acroRef] = freshRefs(pdf, 6) as [PdfRef, PdfRef, PdfRef, PdfRef, PdfRef, PdfRef];
  const room = options.signatureRoom ?? 24_576;
  const objects: UpdateObject[] = [
    {
      ref: sigRef,
      value: new Map<string, PdfValue>([
        ['Type', name('Sig')],
        ['Filter', name('Adobe.PPKLite')],
        ['SubFilter', name('ETSI.CAdES.detached')],
        ['ByteRange', raw(`[0 ${'0'.repeat(10)} ${'0'.repeat(10)} ${'0'.repeat(10)}]`)],
        ['Contents', raw(`<${'0'.repeat(room * 2)}>`)],
        ['M', raw(`(${time.pdf})`)],
        ['Reason', textString(options.role === 'signer' ? 'Chữ ký số của người có thẩm quyền' : 'Chữ ký số của cơ quan, tổ chức')],
      ]),
    },
    {
      ref: widgetRef,
      value: new Map<string, PdfValue>([
        ['Type', name('Annot')],
        ['Subtype', name('Widget')],
        ['FT', name('Sig')],
        ['T', raw(`(${field})`)],
        ['V', sigRef],
        ['F', raw(132)],
        ['P', look.page],
        ['Rect', look.rect.map((n) => raw(n))],
        ['AP', new Map([['N', apRef]])],
      ]),
    },
  ];
  const [width, height] = [look.rect[2] - look.rect[0], look.rect[3] - look.rect[1]];
  const bbox = [raw(0), raw(0), raw(Math.round(width * 100) / 100), raw(Math.round(height * 100) / 100)];
  const form = (resources: PdfDict, content: string): UpdateObject => ({
    ref: apRef,
    value: new Map<string, PdfValue>([['Type', name('XObject')], ['Subtype', name('Form')], ['BBox', bbox], ['Resources', resources]]),
    stream: Buffer.from(content, 'latin1'),
  });
  if (look.image) {
    const img = look.image;
    objects.push(form(new Map([['XObject', new Map([['Img', resourceRef]])]]), imageAppearance(width, height)));
    const image: PdfDict = new Map<string, PdfValue>([
      ['Type', name('XObject')],
      ['Subtype', name('Image')],
      ['Width', raw(img.width)],
      ['Height', raw(img.height)],
      ['ColorSpace', name(img.colorSpace)],
      ['BitsPerComponent', raw(8)],
      ['Filter', name('FlateDecode')],
    ]);
    if (img.alpha) {
      image.set('SMask', maskRef);
      const mask = new Map<string, PdfValue>([...image].filter(([k]) => k !== 'SMask')).set('ColorSpace', name('DeviceGray'));
      objects.push({ ref: maskRef, value: mask, stream: img.alpha });
    }
    objects.push({ ref: resourceRef, value: image, stream: img.pixels });
  } else {
    const font: PdfDict = new Map<string, PdfValue>([['Type', name('Font')], ['Subtype', name('Type1')], ['BaseFont', name('Times-Roman')], ['Encoding', name('WinAnsiEncoding')]]);
    objects.push(form(new Map([['Font', new Map([['F1', resourceRef]])]]), stampAppearance(look.text as string)));
    objects.push({ ref: resourceRef, value: font });
  }
  const page = new Map(pdf.get(look.page) as PdfDict);
  const annots = pdf.resolve(page.get('Annots'));
  page.set('Annots', [...(Array.isArray(annots) ? annots : []), widgetRef]);
  objects.push({ ref: look.page, value: page });
  const acro = new Map(marks.acroForm ?? []);
  acro.set('Fields', [...marks.fieldRefs, widgetRef]).set('SigFlags', raw(3));
  objects.push({ ref: acroRef, value: acro });
  objects.push({ ref: marks.catalogRef, value: new Map(marks.catalog).set('AcroForm', acroRef) });

  const bytes = appendUpdate(pdf, objects);
  const cms = await signatureOf(bytes, file.content.length, room, file.name, options);
  return { pdf: cms, kind, role: options.role, field, rect: look.rect, page: look.pageNumber };
}

interface Look {
  page: PdfRef;
  pageNumber: number;
  rect: Rect;
  image?: ReturnType<typeof readPng>;
  text?: string;
}

function appearanceOf(file: string, options: SignPdfOptions, marks: ReturnType<typeof readSignatureMarks>, iso: string): Look {
  const path = { file };
  const a = options.appearance ?? {};
  const png = (bytes: Uint8Array | undefined, image: string) => {
    if (!bytes) throw new InputError(signInputErrors.image_missing, { path, params: { ...roleWords(options.role), image } });
    try {
      return readPng(bytes);
    } catch (error) {
      if (!(error instanceof PngError)) throw error;
      throw new InputError(signInputErrors.bad_image, { path, params: { detail: `${image}: ${error.detail}` }, cause: error });
    }
  };
  const room: SignatureRoom | undefined = marks.room;
  if (room && options.role === 'signer') {
    const image = png(a.signerImage, 'signerImage');
    return { page: marks.roomPage as PdfRef, pageNumber: marks.roomPageNumber, rect: signerRect(room, image, a.signerWidthMm), image };
  }
  if (room) {
    const image = png(a.sealImage, 'sealImage');
    // Phụ lục I: the seal at its real size, which only the unit knows.
    if (!a.sealWidthMm) throw new InputError(signInputErrors.seal_size_missing, { path });
    const signer = marks.signerRect ?? signerRect(room, a.signerImage ? png(a.signerImage, 'signerImage') : undefined, a.signerWidthMm);
    return { page: marks.roomPage as PdfRef, pageNumber: marks.roomPageNumber, rect: sealRect(signer, image, a.sealWidthMm), image };
  }
  const text = options.documentNumber?.trim() ? winAnsi(`${options.documentNumber.trimEnd()}; ${iso}`) : undefined;
  if (!text) throw new InputError(signInputErrors.document_number_missing, { path });
  return { page: marks.firstPage, pageNumber: 1, rect: stampRect(marks.firstPageBox, text), text };
}

/** The PDF with its placeholders filled: the byte range, then the CMS of what it covers. */
async function signatureOf(bytes: Uint8Array, from: number, room: number, file: string, options: SignPdfOptions): Promise<Uint8Array> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rangeAt = text.indexOf('/ByteRange [0 0000000000', from, 'latin1');
  const contentsAt = text.indexOf(`/Contents <${'0'.repeat(64)}`, from, 'latin1') + '/Contents '.length;
  const [a, b] = [contentsAt, contentsAt + room * 2 + 2];
  const range = `[0 ${a} ${b} ${bytes.length - b}]`;
  const placeholder = `[0 ${'0'.repeat(10)} ${'0'.repeat(10)} ${'0'.repeat(10)}]`;
  text.write(range.padEnd(placeholder.length, ' '), rangeAt + '/ByteRange '.length, 'latin1');
  const digest = new Uint8Array(createHash('sha256').update(text.subarray(0, a)).update(text.subarray(b)).digest());
  let cms = await options.signer.sign({ digest, digestAlgorithm: 'SHA-256', document: file });
  if (options.timestampUrl) cms = withTimestamp(cms, await timestamp(options.timestampUrl, signatureValueOf(cms)));
  if (cms.length > room) throw new InputError(signInputErrors.signature_too_large, { path: { file }, params: { size: cms.length, room } });
  text.write(Buffer.from(cms).toString('hex').toUpperCase(), a + 1, 'latin1');
  return new Uint8Array(text);
}

/** The RFC 3161 time-stamp token of a signature value, from the TSA at `url`. */
async function timestamp(url: string, signatureValue: Uint8Array): Promise<Uint8Array> {
  const digest = new Uint8Array(createHash('sha256').update(signatureValue).digest());
  const fail = (detail: string, cause?: unknown) => new InputError(signInputErrors.tsa_failed, { params: { url, detail }, cause });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query' },
    body: timestampRequest(digest),
    signal: AbortSignal.timeout(60_000),
  }).catch((error: unknown) => {
    throw fail(error instanceof Error ? error.message : String(error), error);
  });
  if (!response.ok) throw fail(`HTTP ${response.status}`);
  try {
    return timestampToken(new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error), error);
  }
}

