import { lostReasonLabels, onlineSplitNote, type IndexGroupKey, type ServiceIndex } from '@tthc/core';
import { formatCount } from '../format/formatCount';
import { formatPoints } from '../format/formatPoints';

// docs/qd766-index.md — what the report's optional index section prints.

export const INDEX_GROUP_ORDER: readonly IndexGroupKey[] = ['progress', 'online', 'payment', 'digitization', 'transparency', 'satisfaction'];

/** The template data of the index section: texts ready to print. */
export interface IndexSection {
  total: string;
  max: number;
  formulaVersion: string;
  /** The warning of a period the portal does not score, or '' */
  warning: string;
  /** The split of the online group's points the index used, and that it is an unpublished hypothesis. */
  onlineSplit: string;
  groups: { label: string; computable: boolean; score: string; max: number; partial: boolean; computableMax: number; reason: string }[];
  /** Dossiers that lost progress points, counted per procedure and reason ("Đăng ký khai sinh: 02 hồ sơ giải quyết quá hạn"). */
  lostCount: number;
  lostSummary: string;
}

/** The index section's data, from the index of the period. */
export function indexSection(index: ServiceIndex): IndexSection {
  const lost = index.groups.progress.lost;
  const counts = new Map<string, { procedure: string; reason: string; n: number }>();
  for (const l of lost) {
    const key = `${l.procedureCode ?? l.procedureName}\u0000${l.reason}`;
    const entry = counts.get(key) ?? { procedure: l.procedureName, reason: lostReasonLabels[l.reason], n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  return {
    total: formatPoints(index.total),
    max: index.max,
    formulaVersion: index.formulaVersion,
    warning: index.warnings.map((w) => w.message.vi).join('; '),
    onlineSplit: onlineSplitNote(index.assumptions.onlineSplit).vi,
    groups: INDEX_GROUP_ORDER.map((k) => {
      const g = index.groups[k];
      return {
        label: g.label,
        computable: g.computable && g.score !== null,
        score: g.score === null ? '' : formatPoints(g.score),
        max: g.max,
        partial: g.partial,
        computableMax: g.computableMax,
        reason: g.computable ? '' : (g.reason?.vi ?? ''),
      };
    }),
    lostCount: lost.length,
    lostSummary: [...counts.values()].map((c) => `${c.procedure}: ${formatCount(c.n)} hồ sơ ${c.reason}`).join('; '),
  };
}
