import { deflateSync, inflateSync } from 'node:zlib';

// A PNG (the signature or the seal: a transparent image) as PDF image data (ISO 32000-1 §8.9.5):
// its colours as an 8-bit DeviceRGB or DeviceGray image and its transparency as a soft mask.
// Read by the PNG specification (W3C, 2nd edition): 8-bit grey, grey + alpha, RGB, RGBA or
// palette (with tRNS), not interlaced; anything else is refused by name.

/** An image ready for a PDF: its pixels without alpha, and the alpha as a grey mask when it has one. */
export interface PdfImageData {
  width: number;
  height: number;
  colorSpace: 'DeviceRGB' | 'DeviceGray';
  /** Pixel bytes, deflated. */
  pixels: Uint8Array;
  /** Alpha bytes (one a pixel), deflated; absent when every pixel is opaque. */
  alpha?: Uint8Array;
}

/** Why a PNG could not be used. */
export class PngError extends Error {
  constructor(readonly detail: string) {
    super(`PNG: ${detail}`);
    this.name = 'PngError';
  }
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** At most 40 million pixels (a seal at 600 dpi is about 1000 × 1000). */
const MAX_PIXELS = 40_000_000;

/**
 * The PNG's pixels as PDF image data.
 *
 * @throws PngError when the file is not a PNG of a kind listed above
 */
export function readPng(bytes: Uint8Array): PdfImageData {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new PngError('not a PNG file');
  let header: { width: number; height: number; depth: number; type: number; interlace: number } | undefined;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (body.length !== length) throw new PngError(`chunk ${type} cut short`);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, type: body[9]!, interlace: body[12]! };
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header) throw new PngError('no IHDR chunk');
  const { width, height, depth, type, interlace } = header;
  if (depth !== 8) throw new PngError(`bit depth ${depth} (expected 8)`);
  if (interlace !== 0) throw new PngError('interlaced (expected not interlaced)');
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[type];
  if (channels === undefined) throw new PngError(`colour type ${type}`);
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) throw new PngError(`size ${width} × ${height} (at most ${MAX_PIXELS} pixels)`);
  if (type === 3 && !palette) throw new PngError('palette image without PLTE');
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data), { maxOutputLength: (stride + 1) * height + 1 });
  if (raw.length < (stride + 1) * height) throw new PngError('image data shorter than its size');
  const pixels = unfilter(raw, stride, height, channels);

  const colours = type === 2 || type === 3 || type === 6 ? 3 : 1;
  const out = Buffer.alloc(width * height * colours);
  const alpha = Buffer.alloc(width * height, 255);
  for (let p = 0; p < width * height; p += 1) {
    const s = p * channels;
    if (type === 3) {
      const index = pixels[s]!;
      palette!.copy(out, p * 3, index * 3, index * 3 + 3);
      alpha[p] = transparency && index < transparency.length ? transparency[index]! : 255;
    } else {
      for (let c = 0; c < colours; c += 1) out[p * colours + c] = pixels[s + c]!;
      if (type === 4 || type === 6) alpha[p] = pixels[s + channels - 1]!;
    }
  }
  const opaque = alpha.every((a) => a === 255);
  return {
    width,
    height,
    colorSpace: colours === 3 ? 'DeviceRGB' : 'DeviceGray',
    pixels: new Uint8Array(deflateSync(out)),
    ...(opaque ? {} : { alpha: new Uint8Array(deflateSync(alpha)) }),
  };
}

/** The scanlines with their filters (None, Sub, Up, Average, Paeth) undone. */
function unfilter(raw: Buffer, stride: number, height: number, bpp: number): Buffer {
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      const v = line[x]!;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new PngError(`filter ${filter} on line ${y + 1}`);
      out[row + x] = (v + predicted) & 0xff;
    }
  }
  return out;
}
