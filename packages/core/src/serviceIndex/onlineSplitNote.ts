import type { OnlineSplit } from './onlineSplit';
import type { IndexText } from './schema';

/**
 * What every face says beside an online-group score: the split of its 12 points the index used,
 * by name and version, and that the split is not published — a hypothesis. Shown in the
 * report's index section, the annex's index sheet and `tthc index`'s summary.
 *
 * @param split - the index's `assumptions.onlineSplit`
 * @returns the statement in Vietnamese and English
 * @example onlineSplitNote(defaultOnlineSplit).en // 'Online services: the 12 points are split 2 + 4 + 6 across A, B, C by the assumption split-2-4-6 (version 1), …'
 */
export function onlineSplitNote(split: OnlineSplit): IndexText {
  const points = split.points.join(' + ');
  return {
    vi: `Nhóm Dịch vụ công trực tuyến: 12 điểm chia cho các chỉ tiêu A, B, C là ${points} điểm theo giả định ${split.name} (phiên bản ${split.version}); cách chia này chưa được công bố chính thức, chỉ là giả thuyết.`,
    en: `Online services: the 12 points are split ${points} across A, B, C by the assumption ${split.name} (version ${split.version}); the split is not published, only a hypothesis.`,
  };
}
