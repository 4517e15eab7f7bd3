import { InputError } from '@tthc/core';

/**
 * A sheet or file holds no dossier list: it is empty, or no row looks like a heading. For a
 * workbook the next sheet is tried before giving up.
 */
export class NoTableError extends InputError {
  override readonly name: string = 'NoTableError';
}
