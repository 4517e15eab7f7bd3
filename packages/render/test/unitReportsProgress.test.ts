import { describe, expect, it } from 'vitest';
import { type UnitReportsProgress, renderUnitReports } from '../src/index';
import { catalog, dossiers, period, units } from './fixtures/smallCity';

describe('renderUnitReports onProgress', () => {
  it('tells 0 once the figures are split, then each ward rendered, out of the wards found in the data', async () => {
    const seen: UnitReportsProgress[] = [];
    const result = await renderUnitReports({ dossiers, metricsOptions: { period, catalog }, units, formats: ['md'], onProgress: (p) => seen.push(p) });
    // smallCity: two wards of the table have dossiers, a third has none (absent) and is not counted.
    expect(result.reports).toHaveLength(2);
    expect(result.absent).toHaveLength(1);
    expect(seen).toEqual([
      { unitsWritten: 0, unitsTotal: 2 },
      { unitsWritten: 1, unitsTotal: 2 },
      { unitsWritten: 2, unitsTotal: 2 },
    ]);
  });
});
