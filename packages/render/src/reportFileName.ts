import { stripDiacritics, type ReportPeriod } from '@tthc/core';

/**
 * A safe file-name slug of a unit's name: Vietnamese letters without marks, lower case,
 * words joined by "-", only [a-z0-9-]. A name can never add a folder, a dot or a drive.
 *
 * @example
 * slugify('Phường Hải An'); // "phuong-hai-an"
 */
export function slugify(name: string): string {
  const slug = stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? 'bao-cao' : slug;
}

/**
 * The report's file name: `<unit>-<from>-<to>.<ext>`, e.g.
 * "phuong-hai-an-2025-12-25-2026-01-07.docx".
 *
 * @param unitName - the unit's name (any text; it is slugified)
 * @param period - the report period
 * @param ext - "docx", "xlsx", "md" or "html"
 * @returns a bare file name (no folder)
 * @example
 * reportFileName('Phường Hải An', { from: '2025-12-25', to: '2026-01-07' }, 'docx');
 */
export function reportFileName(unitName: string, period: ReportPeriod, ext: string): string {
  const safeExt = ext.toLowerCase().replace(/[^a-z0-9]/g, '') || 'out';
  const date = (d: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d : slugify(d));
  return `${slugify(unitName)}-${date(period.from)}-${date(period.to)}.${safeExt}`;
}
