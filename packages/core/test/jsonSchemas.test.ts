import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, publishedSchemas } from '../src/index';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

describe('published JSON Schema files', () => {
  it.each(Object.keys(publishedSchemas) as (keyof typeof publishedSchemas)[])('%s.schema.json matches the zod schema', (name) => {
    const committed = JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8'));
    expect(committed).toEqual(jsonSchemaOf(name));
  });

  it('states the required fields of a dossier (domain.md §3)', () => {
    expect(jsonSchemaOf('dossier').required).toEqual(['code', 'procedureName', 'channel', 'status']);
  });
});
