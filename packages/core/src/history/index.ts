export { checkCarriedOver, openCodesByUnit } from './carriedOver';
export type { CarriedOverCheck, CarriedOverDifference, CarriedOverReason } from './carriedOver';
export { carriedOverNotes } from './carriedOverNotes';
