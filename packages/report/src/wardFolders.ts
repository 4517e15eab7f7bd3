import { type Dirent, existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '@tthc/core';
import { reportInputErrors } from './reportErrors';

// A wards folder: one subfolder per ward, named as the ward (what a form's list offers), holding
// its profile.yaml and, when it has its own, its catalog.csv (else the folder's catalog.csv serves
// every ward). A name a user chose is looked up
// among the subfolders the folder lists: it never becomes part of a path.

/** One ward of a wards folder: its name and the paths of its files. */
export interface WardFolder {
  /** The subfolder's name, NFC. */
  ward: string;
  /** Its `profile.yaml`. */
  profile: string;
  /** Its `catalog.csv`, else the wards folder's, when there is one. */
  catalog?: string;
}

/** The most characters of a submitted name an error repeats. */
const SHOWN = 80;

/**
 * Lists the wards of a wards folder: each subfolder holding a `profile.yaml`, by name.
 *
 * @param folder - the wards folder (the server's: a setting, never a user's value)
 * @param name - how messages name the folder (never its path)
 * @throws InputError `no_wards` when it cannot be listed or holds no ward
 */
export async function listWards(folder: string, name = 'wards folder'): Promise<WardFolder[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(reportInputErrors.no_wards, { path: { file: name }, params: { detail: (error as NodeJS.ErrnoException).code ?? 'error' }, cause: error });
  }
  const shared = existsSync(join(folder, 'catalog.csv')) ? join(folder, 'catalog.csv') : undefined;
  const wards = entries
    .filter((e) => e.isDirectory() && existsSync(join(folder, e.name, 'profile.yaml')))
    .map((e): WardFolder => {
      const own = join(folder, e.name, 'catalog.csv');
      const catalog = existsSync(own) ? own : shared;
      return { ward: e.name.normalize('NFC'), profile: join(folder, e.name, 'profile.yaml'), ...(catalog ? { catalog } : {}) };
    })
    .sort((a, b) => (a.ward < b.ward ? -1 : a.ward > b.ward ? 1 : 0));
  if (wards.length === 0) throw new InputError(reportInputErrors.no_wards, { path: { file: name }, params: { detail: 'no profile.yaml' } });
  return wards;
}

/**
 * The ward a user chose, looked up among a wards folder's (the same name after NFC and trimming):
 * an unknown name, `../` and the like included, is refused before any of its files is read.
 *
 * @param wards - from {@link listWards}
 * @param chosen - the name submitted
 * @throws InputError `unknown_ward` naming the value (shortened, control characters removed) and the wards known
 */
export function findWard(wards: readonly WardFolder[], chosen: string): WardFolder {
  const wanted = chosen.normalize('NFC').trim();
  const found = wards.find((w) => w.ward === wanted);
  if (found) return found;
  const shown = [...wanted.replace(/[\u0000-\u001f\u007f]/g, '')].slice(0, SHOWN).join('');
  throw new InputError(reportInputErrors.unknown_ward, { params: { ward: shown, known: wards.map((w) => w.ward).join(', ') } });
}
