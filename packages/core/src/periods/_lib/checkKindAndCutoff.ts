import { UsageError } from '../../errors';
import { Cutoff, PeriodKind } from '../../schemas/period';

/** Throws a UsageError when `kind` or `cutoff` is not one of the allowed values (callers from JS, n8n, the CLI). */
export function checkKindAndCutoff(kind: unknown, cutoff: unknown): void {
  if (!PeriodKind.safeParse(kind).success) {
    throw new UsageError(
      `Loại kỳ không hợp lệ: '${String(kind)}' (cần một trong: ${PeriodKind.options.join(', ')}). / ` +
        `Invalid period kind: '${String(kind)}' (expected one of: ${PeriodKind.options.join(', ')}).`,
    );
  }
  if (!Cutoff.safeParse(cutoff).success) {
    throw new UsageError(
      `Cách chốt kỳ không hợp lệ: '${String(cutoff)}' (cần calendar hoặc nd09). / Invalid cut-off: '${String(cutoff)}' (expected calendar or nd09).`,
    );
  }
}
