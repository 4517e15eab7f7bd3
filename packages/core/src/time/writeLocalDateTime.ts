import { checkWall, datePart } from './_lib/datePart';
import { MS_PER_DAY } from './units';

/**
 * Writes {@link formatLocalDateTime}`(ms)` as ASCII bytes into `out` from `at`, without making a
 * string for the time (the import writes every date of a large export this way).
 *
 * @param out - the buffer, with room for 19 bytes from `at`
 * @param at - where to write
 * @param ms - wall milliseconds
 * @returns where the text ends (`at + 19` for years 1000–9999)
 * @throws RangeError when `ms` is not a time a date can hold (NaN, ±Infinity)
 * @example
 * const out = new Uint8Array(19);
 * writeLocalDateTime(out, 0, Date.UTC(2026, 0, 5, 8, 3, 9)); // 19; out holds '2026-01-05T08:03:09'
 */
export function writeLocalDateTime(out: Uint8Array, at: number, ms: number): number {
  checkWall(ms);
  const day = Math.floor(ms / MS_PER_DAY);
  const date = datePart(day);
  let p = at;
  for (let k = 0; k < date.length; k++) out[p++] = date.charCodeAt(k);
  const t = Math.floor((ms - day * MS_PER_DAY) / 1000);
  const h = Math.floor(t / 3600);
  const m = Math.floor(t / 60) % 60;
  const s = t % 60;
  out[p++] = 0x30 + Math.floor(h / 10);
  out[p++] = 0x30 + (h % 10);
  out[p++] = 0x3a;
  out[p++] = 0x30 + Math.floor(m / 10);
  out[p++] = 0x30 + (m % 10);
  out[p++] = 0x3a;
  out[p++] = 0x30 + Math.floor(s / 10);
  out[p++] = 0x30 + (s % 10);
  return p;
}
