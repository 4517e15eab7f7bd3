export { validateDossier } from './validateDossier';
export type { ValidateDossierOptions, ValidateDossierResult } from './validateDossier';
export { endOf } from './endOf';
