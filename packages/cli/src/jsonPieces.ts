/**
 * The text of `JSON.stringify(value, null, 2)` in pieces of about `size` characters, so that a
 * value whose text is longer than a string may be (an index listing every overdue dossier of a
 * million-row export) is written as it goes, never held whole. Byte for byte the same text.
 *
 * @example for (const piece of jsonPieces(index)) process.stdout.write(piece);
 */
export function* jsonPieces(value: unknown, size = 1 << 16): Generator<string> {
  let buffer = '';
  for (const part of parts(value, '')) {
    buffer += part;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}

const STEP = '  ';
const MAX_WHOLE = 256;

/** Whether a value is small enough to be stringified whole (no large array anywhere in it). */
function isSmall(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth > 4) return false;
  const values = Array.isArray(value) ? value : Object.values(value);
  return values.length <= MAX_WHOLE && values.every((v) => isSmall(v, depth + 1));
}

/** What `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
const isSkipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function* parts(value: unknown, indent: string): Generator<string> {
  const v = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  if (isSmall(v)) {
    yield (JSON.stringify(v, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = indent + STEP;
  if (Array.isArray(v)) {
    yield '[\n';
    for (let i = 0; i < v.length; i++) {
      yield inner;
      if (isSkipped(v[i])) yield 'null';
      else yield* parts(v[i], inner);
      yield i < v.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(v as object).filter(([, x]) => !isSkipped(x));
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, x] = entries[i]!;
    yield `${inner}${JSON.stringify(key)}: `;
    yield* parts(x, inner);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}
