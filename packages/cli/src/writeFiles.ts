import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '@tthc/core';
import { MarkupError, TemplateError } from '@tthc/render';
import { cliInputErrors } from './cliErrors';

/** A broken template, worded for the user who gave --templates; other errors as they are. */
export function asTemplateInputError(error: unknown, templatesDir: string | undefined): unknown {
  if (error instanceof TemplateError || error instanceof MarkupError) {
    if (templatesDir) return new InputError(cliInputErrors.template_failed_in_folder, { path: { file: templatesDir }, cause: error });
    return new InputError(cliInputErrors.template_failed, { cause: error });
  }
  return error;
}

/**
 * Writes files into `outDir` (created when missing). The names are bare, slugified file names
 * (`reportFileName`): a unit's name cannot leave the folder.
 *
 * @returns the absolute paths written, in order
 */
export async function writeOutFiles(outDir: string, files: ReadonlyArray<{ name: string; content: Uint8Array | string }>): Promise<string[]> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new InputError(cliInputErrors.unwritable_folder, { path: { file: outDir }, params: { detail: String(error) }, cause: error });
  }
  const written: string[] = [];
  for (const { name, content } of files) {
    const path = join(outDir, name);
    try {
      await writeFile(path, content);
    } catch (error) {
      throw new InputError(cliInputErrors.unwritable_file, { path: { file: path }, params: { detail: String(error) }, cause: error });
    }
    written.push(resolve(path));
  }
  return written;
}
