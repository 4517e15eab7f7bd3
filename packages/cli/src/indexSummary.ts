import { formatViDate, lostReasonLabels, onlineSplitNote, type IndexGroup, type IndexGroupKey, type ServiceIndex, type UnitIndex } from '@tthc/core';
import { formatPoints } from '@tthc/render';

const GROUP_ORDER: readonly IndexGroupKey[] = ['progress', 'online', 'payment', 'digitization', 'transparency', 'satisfaction'];
const KIND_LABELS = { month: 'tháng', quarter: 'quý', year: 'năm' } as const;
/** How many procedures of "points to gain" each group shows. */
const TOP = 5;

function groupLine(g: IndexGroup): string {
  if (!g.computable || g.score === null) return `- ${g.label} (${g.max} điểm): ${g.reason?.vi ?? 'không tính được'}`;
  const part = g.partial ? ` (phần tính được: ${g.computableMax} điểm)` : '';
  return `- ${g.label}: ${formatPoints(g.score)}/${g.max}${part}`;
}

function totalLine(x: Pick<UnitIndex, 'total' | 'max' | 'grade'>): string {
  return `${formatPoints(x.total)}/${x.max} điểm tính được${x.grade ? `, xếp loại ${x.grade}` : ''}`;
}

/** The split of the online group's points the index used, and that it is a hypothesis: in both languages. */
function splitLines(index: ServiceIndex): string[] {
  const note = onlineSplitNote(index.assumptions.onlineSplit);
  return [`  Giả định: ${note.vi}`, `  Assumption: ${note.en}`];
}

/** The Vietnamese summary that `tthc index` prints without `--json` (the online split's assumption in English too). */
export function formatIndexSummary(index: ServiceIndex): string {
  return [...indexSummaryLines(index)].join('');
}

/**
 * {@link formatIndexSummary} a line at a time (each with its line feed), so that the list of the
 * dossiers that cost points — every overdue dossier of a large export — is written as it goes.
 */
export function* indexSummaryLines(index: ServiceIndex): Generator<string> {
  const { groups } = index;
  const kind = index.periodKind ? ` (${KIND_LABELS[index.periodKind]})` : '';
  const head = [
    'Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)',
    'Ước tính từ hồ sơ của đơn vị, trước khi Cổng DVCQG công bố điểm.',
    `Kỳ: từ ${formatViDate(index.period.from)} đến ${formatViDate(index.period.to)}${kind}; công thức ${index.formulaVersion}`,
    ...index.warnings.map((w) => `! Lưu ý: ${w.message.vi}`),
    '',
    `Tổng: ${totalLine(index)} (bộ chỉ số 100 điểm)${index.gradeReason ? `; ${index.gradeReason.vi}` : ''}`,
    ...GROUP_ORDER.flatMap((k) => (k === 'online' ? [groupLine(groups[k]), ...splitLines(index)] : [groupLine(groups[k])])),
    '',
    `Tiến độ: ${groups.progress.onTime}/${groups.progress.received} hồ sơ đúng hạn, trong hạn. Hồ sơ làm mất điểm (${groups.progress.lost.length}):`,
  ];
  for (const line of head) yield `${line}\n`;
  for (const l of groups.progress.lost) yield `  ${l.code} — ${l.procedureName} (${l.field}): ${lostReasonLabels[l.reason]}${l.unit ? ` — ${l.unit}` : ''}\n`;
  const lines: string[] = [];
  for (const k of ['progress', 'online'] as const) {
    const gains = groups[k].pointsToGain.slice(0, TOP);
    if (gains.length === 0) continue;
    lines.push('', `${groups[k].label} — thủ tục nên ưu tiên (điểm có thể tăng):`);
    for (const g of gains) lines.push(`  +${formatPoints(g.points)}: ${g.procedureName}${g.procedureCode ? ` (${g.procedureCode})` : ''}, ${g.dossiers} hồ sơ`);
  }
  const otherLost = (['online', 'payment', 'digitization'] as const).filter((k) => groups[k].lost.length > 0);
  if (otherLost.length > 0) {
    lines.push('', 'Hồ sơ làm mất điểm ở các nhóm khác (chi tiết: --json):');
    for (const k of otherLost) lines.push(`  ${groups[k].label}: ${groups[k].lost.length} hồ sơ`);
  }
  if (index.byUnit.length > 0) {
    lines.push('', 'Theo đơn vị:');
    for (const u of index.byUnit) {
      const score = (g: IndexGroup) => (g.score === null ? 'không tính được' : formatPoints(g.score));
      lines.push(`  ${u.unit}: ${totalLine(u)} (tiến độ ${score(u.groups.progress)}, trực tuyến ${score(u.groups.online)}; ${u.groups.progress.lost.length} hồ sơ không đúng hạn)`);
    }
  }
  for (const line of lines) yield `${line}\n`;
}
