export { validateDossier } from './validateDossier';
export type { ValidateDossierOptions, ValidateDossierResult, WallDossier } from './validateDossier';
export { endOf } from './endOf';
