import { describe, expect, it } from 'vitest';
import { addToCounts, classKey, dossierClasses, emptyCounts } from '../../src/metrics/counts';

describe('dossierClasses and classKey', () => {
  it('number every class once: each class its own key', () => {
    dossierClasses.forEach((c, key) => expect(classKey(c)).toBe(key));
    const distinct = new Set(dossierClasses.map((c) => JSON.stringify(c)));
    // received 2 × channel 3 × (4 resolved + 2 in progress) × late received 2
    expect(distinct.size).toBe(72);
  });

  it('adds n dossiers of a class as n additions of one', () => {
    for (const c of dossierClasses) {
      const once = emptyCounts();
      for (let k = 0; k < 3; k++) addToCounts(once, c);
      const times = emptyCounts();
      addToCounts(times, c, 3);
      expect(times).toEqual(once);
    }
  });

  it('places a new online dossier resolved late, received late, where the rules say', () => {
    const counts = emptyCounts();
    addToCounts(counts, { received: 'new', channel: 'online', resolved: 'late', lateReceived: true }, 2);
    expect(counts.received).toEqual({ total: 2, carriedOver: 0, new: { total: 2, online: 2, direct: 0, postal: 0 } });
    expect(counts.resolved).toEqual({ total: 2, early: 0, onTime: 0, late: 2, withdrawnOrRejected: 0 });
    expect(counts.inProgress.total).toBe(0);
    expect(counts.lateReceived).toBe(2);
  });
});
