import { z } from 'zod';
import { Notes, Profile } from './profileSchema';

/**
 * The JSON Schemas (draft 2020-12) of the unit profile and the period notes, as shipped in
 * `@tthc/render/schemas/` (`profile.schema.json`, `notes.schema.json`).
 *
 * @example profileJsonSchemas().profile.required // ['unit', 'agency', 'place', …]
 */
export function profileJsonSchemas(): { profile: Record<string, unknown>; notes: Record<string, unknown> } {
  return {
    profile: { title: 'tthc unit profile', ...z.toJSONSchema(Profile, { io: 'input' }) },
    notes: { title: 'tthc period notes', ...z.toJSONSchema(Notes, { io: 'input' }) },
  };
}
