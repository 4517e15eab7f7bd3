import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '@tthc/core';
import { renderInputErrors } from '../renderInputErrors';

/**
 * Reads the `*.hbs` files of a folder as template overrides: `section-4.hbs` replaces the
 * default `section-4`, any other name becomes a partial. The only I/O of @tthc/render.
 *
 * @param dir - the folder
 * @returns the templates by name
 * @throws InputError when the folder cannot be read
 * @example
 * const overrides = await loadTemplates('my-templates');
 */
export async function loadTemplates(dir: string): Promise<Record<string, string>> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.hbs')).sort();
  } catch (cause) {
    throw new InputError(renderInputErrors.unreadable_templates_folder, { path: { file: dir }, cause });
  }
  const templates: Record<string, string> = {};
  for (const name of names) templates[name.slice(0, -'.hbs'.length)] = await readFile(join(dir, name), 'utf8');
  return templates;
}
