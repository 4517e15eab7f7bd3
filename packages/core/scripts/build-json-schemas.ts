// Writes packages/core/schemas/<name>.schema.json from the zod schemas (run by `pnpm build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaOf, publishedSchemas } from '../src/schemas/jsonSchemas';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(out, { recursive: true });
for (const name of Object.keys(publishedSchemas) as (keyof typeof publishedSchemas)[]) {
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
}
