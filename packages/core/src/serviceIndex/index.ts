export { computeServiceIndex, SERVICE_INDEX_VERSION } from './computeServiceIndex';
export { serviceIndexOfUnit } from './serviceIndexOfUnit';
export type { ServiceIndexOptions } from './computeServiceIndex';
export { judgeProgress, PROGRESS_VERSION } from './progress';
export type { ProgressJudgement } from './progress';
export { ONLINE_VERSION } from './online';
export { defaultOnlineSplit, ONLINE_MAX, OnlineSplit, OnlineSplitSetting, ServiceIndexAssumptions, ServiceIndexAssumptionsSetting } from './onlineSplit';
export { onlineSplitOf } from './onlineSplitOf';
export { parseOnlineSplit } from './parseOnlineSplit';
export { onlineSplitNote } from './onlineSplitNote';
export { serviceIndexUsageErrors } from './serviceIndexErrors';
export { serviceIndexNotes } from './serviceIndexNotes';
export { PAYMENT_VERSION } from './payment';
export { DIGITIZATION_VERSION } from './digitization';
export { TRANSPARENCY_VERSION } from './transparency';
export { SATISFACTION_VERSION } from './satisfaction';
export { defaultGradeBands, gradeOf } from './grade';
export { calendarPeriodKind } from './standardPeriod';
export {
  GradeBand,
  IndexGroup,
  IndexGroups,
  IndexIndicator,
  IndexText,
  LostDossier,
  LostReason,
  lostReasonLabels,
  OnlineGroup,
  PointsToGain,
  ProgressGroup,
  ServiceIndex,
  UnitIndex,
} from './schema';
export type { IndexGroupKey } from './schema';
