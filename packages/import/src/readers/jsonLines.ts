import type { RowLocation } from '@tthc/core';
import type { RowEvent } from '../_lib/events';
import { lines } from '../_lib/lines';

/** A JSON object read from an input, with its location. */
export type ObjectEvent =
  | { kind: 'object'; path: RowLocation; value: Record<string, unknown> }
  | Exclude<RowEvent, { kind: 'record' }>;

/**
 * Reads JSON Lines: one JSON object per line. A blank line is a skipped row (`blank`); a line that
 * is not a JSON object is a rejected row (`invalid_syntax`) saying where the JSON breaks (the line
 * itself is not quoted: it may hold personal data).
 *
 * @param file - the input's name, for locations
 * @param chunks - the input as UTF-8 chunks
 */
export async function* readJsonLines(file: string, chunks: AsyncIterable<Buffer>): AsyncIterable<ObjectEvent> {
  for await (const { text, line } of lines(chunks)) {
    const path: RowLocation = { file, row: line };
    if (text.trim() === '') {
      yield { kind: 'skip', path, reason: 'blank' };
      continue;
    }
    let value: unknown;
    let problem = 'not a JSON object';
    try {
      value = JSON.parse(text);
    } catch (error) {
      // Where the parser stopped, never the line itself (nor the parser's message, which may
      // quote it): the line may hold personal data.
      const at = /position (\d+)/.exec((error as Error).message)?.[1];
      problem = at === undefined ? 'invalid JSON' : `invalid JSON at character ${Number(at) + 1}`;
      value = undefined;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      yield { kind: 'object', path, value: value as Record<string, unknown> };
    } else {
      yield {
        kind: 'reject',
        issues: [{ code: 'invalid_syntax', path, input: problem, expected: 'a JSON object on one line' }],
      };
    }
  }
}
