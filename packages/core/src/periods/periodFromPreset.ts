import type { Cutoff, PeriodKind, ReportPeriod } from '../schemas/period';

export function periodFromPreset(kind: PeriodKind, label: string, cutoff: Cutoff = 'calendar'): ReportPeriod {
  void kind;
  void label;
  void cutoff;
  throw new Error('not implemented');
}
