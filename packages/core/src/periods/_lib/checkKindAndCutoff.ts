import { UsageError, coreUsageErrors } from '../../errors/index';
import { Cutoff, PeriodKind } from '../../schemas/period';

/** Throws a UsageError when `kind` or `cutoff` is not one of the allowed values (callers from JS, n8n, the CLI). */
export function checkKindAndCutoff(kind: unknown, cutoff: unknown): void {
  if (!PeriodKind.safeParse(kind).success) {
    throw new UsageError(coreUsageErrors.invalid_period_kind, { params: { value: String(kind), allowed: PeriodKind.options } });
  }
  if (!Cutoff.safeParse(cutoff).success) {
    throw new UsageError(coreUsageErrors.invalid_cutoff, { params: { value: String(cutoff) } });
  }
}
