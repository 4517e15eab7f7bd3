// Writes packages/render/schemas/<name>.schema.json from the zod schemas (run by `pnpm build`):
// the unit profile and the period notes, for editors that check YAML against a JSON Schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileJsonSchemas } from '../src/profile/profileJsonSchemas';

const out = join(import.meta.dirname, '..', 'schemas');
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(profileJsonSchemas())) writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
