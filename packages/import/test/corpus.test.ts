import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '@tthc/core';
import { importDossiers } from '../src/index';

// Spreadsheets of another project's test suite (fixtures/corpus/calamine: origin, commit and
// licence in its SOURCES.md), none written for us: each is read with the accounting identity, or
// refused with an InputError naming the file and no stack trace; within 10 s (the test's limit,
// a hang guard) and 500 MB more memory than before it.

const dir = join(__dirname, 'fixtures', 'corpus', 'calamine');
const files = readdirSync(dir).filter((f) => /\.(xlsx|xlsm|xlsb|ods)$/.test(f));

describe('another reader\u2019s corpus: read or refused cleanly', () => {
  it('holds the files its SOURCES.md lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(90);
  });

  it.each(files)('%s', async (file) => {
    const before = process.memoryUsage().rss;
    try {
      const result = await importDossiers([{ name: file, path: join(dir, file) }], { worker: false });
      for (const input of result.inputs) expect(input.rows.read).toBe(input.rows.accepted + input.rows.rejected + input.rows.skipped);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message.startsWith(file)).toBe(true);
      expect((error as Error).message).not.toMatch(/\n\s+at /);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(500 * 1024 ** 2);
  }, 10_000);
});
