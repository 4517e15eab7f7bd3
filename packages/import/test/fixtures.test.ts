import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';
import { allFixtures } from '../scripts/fixtures';

describe('the fixture files', () => {
  it('are what the generator makes, byte for byte (deterministic: fixed zip dates)', async () => {
    for (const [name, data] of Object.entries(await allFixtures())) {
      expect(readFileSync(join(__dirname, 'fixtures', name)).equals(data), name).toBe(true);
    }
  });

  it('read from disk like from a buffer', async () => {
    const path = join(__dirname, 'fixtures', 'one-stop.xlsx');
    const fromFile = await importDossiers([path]);
    const fromBuffer = await importDossiers([{ name: path, data: readFileSync(path) }]);
    expect(fromFile).toEqual(fromBuffer);
  });
});
