import { InputError } from '@tthc/core';
import { importInputErrors } from '../importErrors';
import type { ByteSource } from '../_lib/source';
import { utf8Chunks } from '../_lib/utf8Chunks';
import type { ObjectEvent } from './jsonLines';

const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** The list of records in a JSON document: the document itself, or its first array of objects. */
function recordList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) {
      if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) return v;
    }
    return [value];
  }
  return undefined;
}

/**
 * Reads a JSON document — an array of records, or an object holding one (the portal's sync
 * payloads wrap their `HoSoDongBoDVC` list) — as objects numbered from 1.
 *
 * @throws InputError for invalid JSON (with the position) or a document over 256 MB
 */
export async function* readJsonDocument(source: ByteSource): AsyncIterable<ObjectEvent> {
  if (source.size > MAX_JSON_BYTES) {
    throw new InputError(importInputErrors.json_too_large, { path: { file: source.name } });
  }
  const { chunks } = await utf8Chunks(source);
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(c);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch (error) {
    throw new InputError(importInputErrors.invalid_json, { path: { file: source.name }, params: { detail: (error as Error).message }, cause: error });
  }
  const list = recordList(value);
  if (!list) throw new InputError(importInputErrors.json_without_list, { path: { file: source.name } });
  let row = 0;
  for (const item of list) {
    const path = { file: source.name, row: ++row };
    if (item === null) yield { kind: 'skip', path, reason: 'blank' };
    else if (typeof item === 'object' && !Array.isArray(item)) yield { kind: 'object', path, value: item as Record<string, unknown> };
    else {
      yield {
        kind: 'reject',
        issues: [{ code: 'invalid_syntax', path, input: Array.isArray(item) ? 'an array' : `a ${typeof item}`, expected: 'a JSON object' }],
      };
    }
  }
}
