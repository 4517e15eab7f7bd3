import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '@tthc/core';
import { MarkupError, TemplateError } from '@tthc/render';

/** A broken template, worded for the user who gave --templates; other errors as they are. */
export function asTemplateInputError(error: unknown, templatesDir: string | undefined): unknown {
  if (error instanceof TemplateError || error instanceof MarkupError) {
    const where = templatesDir ? ` (${templatesDir})` : '';
    return new InputError(`Mẫu báo cáo lỗi${where} / template error${where}: ${error.message}`, { cause: error });
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
    throw new InputError(`${outDir}: không tạo được thư mục / cannot create the folder (${String(error)})`, { cause: error });
  }
  const written: string[] = [];
  for (const { name, content } of files) {
    const path = join(outDir, name);
    try {
      await writeFile(path, content);
    } catch (error) {
      throw new InputError(`${path}: không ghi được tệp / cannot write the file (${String(error)})`, { cause: error });
    }
    written.push(resolve(path));
  }
  return written;
}
