export { defineErrors } from './errorWording';
export type { ErrorCatalog, ErrorKind, ErrorParamValue, ErrorParams, ErrorPath, ErrorTemplates, ErrorWording } from './errorWording';
export { TthcError } from './tthcError';
export type { ErrorDetails } from './tthcError';
export { InputError } from './inputError';
export { UsageError } from './usageError';
export { formatError } from './formatError';
export { coreInputErrors } from './coreInputErrors';
export { coreUsageErrors } from './coreUsageErrors';
