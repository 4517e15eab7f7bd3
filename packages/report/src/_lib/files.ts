import { readFile } from 'node:fs/promises';
import { InputError } from '@tthc/core';
import type { FileRef } from '../request/reportRequest';
import { reportInputErrors } from '../reportErrors';

/**
 * How the run reads the small files a request names by path (catalog, days off, profiles,
 * notes, units table, Word template). The default reads the local disk; the n8n nodes read
 * through n8n's own helpers, so that the instance's file-access restrictions apply.
 */
export interface FileAccess {
  /** The bytes of the file at `path`; an `InputError` naming `name` when it cannot be read. */
  readFile(path: string, name: string): Promise<Uint8Array>;
}

/** The local disk, "not found" and the like turned into an `InputError` naming the file. */
export const diskFiles: FileAccess = {
  async readFile(path, name) {
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
      const wording = notFound ? reportInputErrors.file_not_found : reportInputErrors.unreadable_file;
      throw new InputError(wording, { path: { file: name }, params: { detail: (error as NodeJS.ErrnoException).code ?? 'error' }, cause: error });
    }
  },
};

/** The name a file is given in every message: its own for a named file, else the path as written. */
export function nameOf(ref: FileRef): string {
  return typeof ref === 'string' ? ref : ref.name;
}

/** The path a file is read from, when it is read from one. */
export function pathOf(ref: FileRef): string | undefined {
  return typeof ref === 'string' ? ref : 'path' in ref ? ref.path : undefined;
}

/** A small file read whole, as the readers of @tthc/import and @tthc/render take it. */
export async function bytesOf(ref: FileRef, files: FileAccess): Promise<{ name: string; data: Uint8Array }> {
  if (typeof ref !== 'string' && 'data' in ref) return ref;
  const name = nameOf(ref);
  return { name, data: await files.readFile(pathOf(ref) as string, name) };
}

/** A small text file (UTF-8). */
export async function textOf(ref: FileRef, files: FileAccess): Promise<{ name: string; text: string }> {
  const { name, data } = await bytesOf(ref, files);
  return { name, text: new TextDecoder().decode(data) };
}

