export { defineErrors } from './errorWording';
export type {
  ErrorCatalog,
  ErrorDetails,
  ErrorDetailsArgs,
  ErrorDetailsFor,
  ErrorKind,
  ErrorParamValue,
  ErrorParams,
  ErrorPath,
  ErrorTemplates,
  ErrorWording,
  Placeholders,
} from './errorWording';
export { TthcError } from './tthcError';
export { InputError } from './inputError';
export { UsageError } from './usageError';
export { formatError } from './formatError';
export { formatZodIssues } from './formatZodIssues';
export type { FormatZodIssuesOptions, ZodIssueLike } from './formatZodIssues';
export { coreInputErrors } from './coreInputErrors';
export { coreUsageErrors } from './coreUsageErrors';
export { catalogProblems } from './catalogProblems';
