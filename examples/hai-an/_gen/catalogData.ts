// The procedures handled by the one-stop centre of UBND phường Hải An (Hải Phòng) since the
// two-level local government (01/7/2025), grouped by field (lĩnh vực).
// Illustrative: modelled on the commune-level catalogs published by Hải Phòng after 01/7/2025.
// The codes of the best-known procedures are their national codes (CSDL quốc gia về TTHC); the
// others get an illustrative code in the national format from `buildCatalog`.
//
// Entry: [name, level, processing time in working days (0 = trả trong ngày), national code?]
// level: F = DVC trực tuyến toàn trình (full), P = một phần (partial), N = không trực tuyến (none).

import { justiceAndEconomyFields } from './catalogJustice';
import { socialAndOtherFields } from './catalogSocial';

export type LevelLetter = 'F' | 'P' | 'N';
export type CatalogEntry = readonly [name: string, level: LevelLetter, days: number, code?: string];

/** Every field of the catalog with its procedures, in publication order. */
export const catalogData: ReadonlyArray<readonly [field: string, entries: readonly CatalogEntry[]]> = [
  ...justiceAndEconomyFields,
  ...socialAndOtherFields,
];
