export { validateDossier } from './validateDossier';
export type { ValidateDossierOptions, ValidateDossierResult, WallDossier } from './validateDossier';
export { parseDossier, safeParseDossier } from './parseDossier';
export type { ParseDossierOptions, SafeParseDossierResult } from './parseDossier';
export { InvalidDossierError } from './invalidDossierError';
export { checkDossierRules } from './dossierRules';
export type { DossierRuleInput, RuleIssue } from './dossierRules';
export { endOf } from './endOf';
