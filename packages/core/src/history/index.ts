export { checkCarriedOver, openCodesByUnit } from './carriedOver';
export type { CarriedOverCheck, CarriedOverDifference, CarriedOverReason } from './carriedOver';
export { carriedOverNotes } from './carriedOverNotes';
export { COMPARED_FIGURES, figureChanges } from './figureChanges';
export type { ComparedFigure, FigureChange } from './figureChanges';
export { figureChangeNotes } from './figureChangeNotes';
