import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { HistoryInput } from '@tthc/history';
import type { ReportInput } from '../request/reportRequest';

/**
 * The name (never its folder), size and SHA-256 of each input of a run, what a history entry
 * says it was computed from: a file read in chunks, bytes as given; a dataset's lines.
 */
export async function inputDigests(inputs: readonly ReportInput[]): Promise<HistoryInput[]> {
  const out: HistoryInput[] = [];
  for (const input of inputs) {
    const ref = typeof input === 'object' && 'dataset' in input ? input.dataset : input;
    const name = basename(typeof ref === 'string' ? ref : ref.name);
    const hash = createHash('sha256');
    let size = 0;
    if (typeof ref === 'object' && 'data' in ref) {
      hash.update(ref.data);
      size = ref.data.length;
    } else {
      for await (const chunk of createReadStream(typeof ref === 'string' ? ref : ref.path) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
      }
    }
    out.push({ name, size, sha256: hash.digest('hex') });
  }
  return out;
}
