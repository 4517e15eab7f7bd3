import type { Counts, Metrics } from '@tthc/core';
import { AnnexIdentityError } from './annexIdentityError';
import { annexIdentityErrors } from './annexIdentityErrors';

/** One row of the statistical form (domain.md §7): columns (3) to (13). */
export interface AnnexRow {
  /** (2) Lĩnh vực, or "Tổng số" on the total row. */
  label: string;
  /** (3)…(13), in column order. */
  values: [number, number, number, number, number, number, number, number, number, number, number];
}

/** Column numbers of `AnnexRow.values`: values[i] is column (i + 3). */
export const ANNEX_FIRST_VALUE_COLUMN = 3;

/** Maps the counts of a unit, field or procedure onto columns (3)…(13). */
export function annexValues(c: Counts): AnnexRow['values'] {
  return [
    c.received.total, // (3)
    c.received.new.online, // (4)
    c.received.new.direct + c.received.new.postal, // (5)
    c.received.carriedOver, // (6)
    c.resolved.total, // (7)
    c.resolved.early, // (8)
    c.resolved.onTime + c.resolved.withdrawnOrRejected, // (9) withdrawn/rejected sit here (footnote)
    c.resolved.late, // (10)
    c.inProgress.total, // (11)
    c.inProgress.withinDeadline, // (12)
    c.inProgress.overdue, // (13)
  ];
}


/**
 * Checks (3)=(4)+(5)+(6), (7)=(8)+(9)+(10), (11)=(12)+(13), (3)=(7)+(11) on one row.
 *
 * @throws AnnexIdentityError naming the row and the identity that fails
 */
export function checkAnnexRow(row: AnnexRow): void {
  const v = (col: number): number => row.values[col - ANNEX_FIRST_VALUE_COLUMN] as number;
  const identities: Array<[string, number, number]> = [
    ['(3)=(4)+(5)+(6)', v(3), v(4) + v(5) + v(6)],
    ['(7)=(8)+(9)+(10)', v(7), v(8) + v(9) + v(10)],
    ['(11)=(12)+(13)', v(11), v(12) + v(13)],
    ['(3)=(7)+(11)', v(3), v(7) + v(11)],
  ];
  for (const [name, left, right] of identities) {
    if (left !== right) {
      throw new AnnexIdentityError(annexIdentityErrors.identity_broken, { params: { identity: name, label: row.label, left, right } });
    }
  }
}

/**
 * The rows of the statistical form: one per field, then the total row of the whole unit.
 * Every identity of the form is checked on every row, and the field rows must add up to the
 * total row.
 *
 * @param metrics - the period's figures
 * @param groups - the rows to show (default: `metrics.byField`, labelled by field)
 * @returns the rows, total last
 * @throws AnnexIdentityError when an identity does not hold
 */
export function annexRows(
  metrics: Metrics,
  groups: Array<{ label: string; counts: Counts }> = metrics.byField.map((f) => ({ label: f.field, counts: f })),
): AnnexRow[] {
  const rows: AnnexRow[] = groups.map((g) => ({ label: g.label, values: annexValues(g.counts) }));
  const total: AnnexRow = { label: 'Tổng số', values: annexValues(metrics) };
  for (const row of [...rows, total]) checkAnnexRow(row);
  total.values.forEach((value, i) => {
    const sum = rows.reduce((s, r) => s + (r.values[i] as number), 0);
    if (sum !== value) {
      throw new AnnexIdentityError(annexIdentityErrors.column_total_differs, {
        path: { column: i + ANNEX_FIRST_VALUE_COLUMN },
        params: { sum, total: value },
      });
    }
  });
  return [...rows, total];
}
