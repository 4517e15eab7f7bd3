import type { Cutoff, PeriodKind, ReportPeriod } from '../schemas/period';

export function relativePeriod(kind: PeriodKind, runDate: string, cutoff: Cutoff = 'calendar', offset = -1): ReportPeriod {
  void kind;
  void runDate;
  void cutoff;
  void offset;
  throw new Error('not implemented');
}
