import type { InputError } from '../errors';
import type { ReportPeriod } from '../schemas/period';

export type SafeParsePeriodResult = { success: true; data: ReportPeriod } | { success: false; error: InputError };

export function parsePeriod(input: { from: string; to: string }): ReportPeriod {
  void input;
  throw new Error('not implemented');
}

export function safeParsePeriod(input: { from: string; to: string }): SafeParsePeriodResult {
  void input;
  throw new Error('not implemented');
}
