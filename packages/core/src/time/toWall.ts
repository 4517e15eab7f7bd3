import { parseLocalDateTime } from './parseLocalDateTime';

/**
 * Reads a local date-time, throwing on bad input (the twin of {@link parseLocalDateTime}).
 *
 * A number is already wall milliseconds (a dossier of the import's store, see `WallDossier`) and
 * is given back as it is.
 *
 * @param text - a local date or date-time (`YYYY-MM-DD[THH:mm[:ss]]`), or wall milliseconds
 * @returns wall milliseconds
 * @throws RangeError when the text is not a real local date-time
 * @example toWall('2026-01-07') // wall milliseconds of 07/01/2026 00:00
 */
export function toWall(text: string | number): number {
  if (typeof text === 'number') return text;
  const ms = parseLocalDateTime(text);
  if (ms === undefined) throw new RangeError(`Invalid local date-time: ${text}`);
  return ms;
}
