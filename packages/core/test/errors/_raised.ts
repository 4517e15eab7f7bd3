import { TthcError } from '../../src/errors/index';

/** The TthcError `fn` throws (anything else is rethrown; nothing thrown fails the test). */
export function raised(fn: () => unknown): TthcError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TthcError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}
