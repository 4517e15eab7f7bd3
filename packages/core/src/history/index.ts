export { checkCarriedOver, openCodesByUnit } from './carriedOver';
export type { CarriedOverCheck, CarriedOverDifference, CarriedOverReason } from './carriedOver';
export { carriedOverNotes } from './carriedOverNotes';
export { COMPARED_FIGURES, comparedValues, figureChanges } from './figureChanges';
export type { ComparedFigure, ComparedValues, FigureChange } from './figureChanges';
export { figureChangeNotes } from './figureChangeNotes';
