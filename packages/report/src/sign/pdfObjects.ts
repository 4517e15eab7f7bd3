// The PDF object syntax (ISO 32000-1 §7.3) as far as signing needs it: dictionaries, arrays,
// names and indirect references are parsed; numbers, strings, booleans and null are kept as the
// bytes they were written with, so that an object read and written again is unchanged.

/** A PDF name, without its slash (kept as written, `#xx` escapes and all). */
export interface PdfName {
  kind: 'name';
  name: string;
}
/** An indirect reference `num gen R`. */
export interface PdfRef {
  kind: 'ref';
  num: number;
  gen: number;
}
/** A number, string, boolean or null, as written. */
export interface PdfRaw {
  kind: 'raw';
  text: string;
}
export type PdfDict = Map<string, PdfValue>;
export type PdfValue = PdfName | PdfRef | PdfRaw | PdfValue[] | PdfDict;

export const name = (n: string): PdfName => ({ kind: 'name', name: n });
export const ref = (num: number, gen = 0): PdfRef => ({ kind: 'ref', num, gen });
export const raw = (text: string | number): PdfRaw => ({ kind: 'raw', text: String(text) });
export const isRef = (v: PdfValue | undefined): v is PdfRef => !!v && !Array.isArray(v) && !(v instanceof Map) && v.kind === 'ref';
export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
export const isRaw = (v: PdfValue | undefined): v is PdfRaw => !!v && !Array.isArray(v) && !(v instanceof Map) && v.kind === 'raw';

/** Why a PDF could not be read: where, and what was expected. */
export class PdfSyntaxError extends Error {
  constructor(readonly offset: number, readonly expected: string) {
    super(`PDF syntax at byte ${offset}: expected ${expected}`);
    this.name = 'PdfSyntaxError';
  }
}

const DELIMITER = /[\s()<>[\]{}/%]/;
const REGULAR = /[^\s()<>[\]{}/%]+/y;
const WHITE = /(?:\s|%[^\r\n]*)*/y;
const REF_AHEAD = /\s+(\d+)\s+R(?=[\s()<>[\]{}/%]|$)/y;

/** Reads one value of `text` (latin1: one character a byte) at `at`; returns it and where it ends. */
export function parseValue(text: string, at: number, depth = 0): { value: PdfValue; end: number } {
  if (depth > 64) throw new PdfSyntaxError(at, 'nesting of at most 64 levels');
  let i = skipWhite(text, at);
  const c = text[i];
  if (c === '<' && text[i + 1] === '<') {
    const dict: PdfDict = new Map();
    i += 2;
    for (;;) {
      i = skipWhite(text, i);
      if (text.startsWith('>>', i)) return { value: dict, end: i + 2 };
      if (text[i] !== '/') throw new PdfSyntaxError(i, 'a name or >> in a dictionary');
      const key = readName(text, i);
      const item = parseValue(text, key.end, depth + 1);
      dict.set(key.value, item.value);
      i = item.end;
    }
  }
  if (c === '[') {
    const list: PdfValue[] = [];
    i += 1;
    for (;;) {
      i = skipWhite(text, i);
      if (text[i] === ']') return { value: list, end: i + 1 };
      if (i >= text.length) throw new PdfSyntaxError(i, ']');
      const item = parseValue(text, i, depth + 1);
      list.push(item.value);
      i = item.end;
    }
  }
  if (c === '/') {
    const n = readName(text, i);
    return { value: name(n.value), end: n.end };
  }
  if (c === '(') return { value: raw(text.slice(i, (i = literalEnd(text, i)))), end: i };
  if (c === '<') {
    const close = text.indexOf('>', i);
    if (close === -1) throw new PdfSyntaxError(i, '> closing a hexadecimal string');
    return { value: raw(text.slice(i, close + 1)), end: close + 1 };
  }
  REGULAR.lastIndex = i;
  const token = REGULAR.exec(text);
  if (!token) throw new PdfSyntaxError(i, 'a value');
  const end = i + token[0].length;
  if (/^\d+$/.test(token[0])) {
    REF_AHEAD.lastIndex = end;
    const r = REF_AHEAD.exec(text);
    if (r) return { value: ref(Number(token[0]), Number(r[1])), end: REF_AHEAD.lastIndex };
  }
  return { value: raw(token[0]), end };
}

function skipWhite(text: string, at: number): number {
  WHITE.lastIndex = at;
  WHITE.exec(text);
  return WHITE.lastIndex;
}

function readName(text: string, at: number): { value: string; end: number } {
  let end = at + 1;
  while (end < text.length && !DELIMITER.test(text[end] as string)) end += 1;
  return { value: text.slice(at + 1, end), end };
}

/** The end (after its closing parenthesis) of the literal string opening at `at`. */
function literalEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new PdfSyntaxError(at, ') closing a string');
}

/** The value written in PDF syntax. */
export function serialize(value: PdfValue): string {
  if (value instanceof Map) return `<<${[...value].map(([k, v]) => `/${k} ${serialize(v)}`).join('')}>>`;
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  if (value.kind === 'name') return `/${value.name}`;
  if (value.kind === 'ref') return `${value.num} ${value.gen} R`;
  return value.text;
}

/** A literal string of text: ASCII as is, anything else as UTF-16BE with a byte order mark. */
export function textString(text: string): PdfRaw {
  if (/^[\x20-\x7e]*$/.test(text)) return raw(`(${text.replace(/[\\()]/g, '\\$&')})`);
  const hex = [...text].flatMap((ch) => {
    const units = ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [ch.charCodeAt(0)];
    return units.map((u) => u.toString(16).padStart(4, '0'));
  });
  return raw(`<FEFF${hex.join('').toUpperCase()}>`);
}
