import { NodeOperationError, type INode } from 'n8n-workflow';
import { InputError, UsageError, type ErrorDetailsArgs, type ErrorDetailsFor, type ErrorWording } from '@tthc/core';

/**
 * Turns what a library call threw into the error n8n shows. A user's mistake (`InputError`,
 * `UsageError`) keeps the library's bilingual message — the same text the CLI prints — and no
 * stack; anything else is a bug and keeps its stack for the report.
 */
export function toNodeError(node: INode, error: unknown, itemIndex?: number): NodeOperationError {
  if (error instanceof NodeOperationError) return error;
  const options = itemIndex === undefined ? {} : { itemIndex };
  if (error instanceof InputError || error instanceof UsageError) {
    return new NodeOperationError(node, error.message, { ...options, level: 'warning' });
  }
  return new NodeOperationError(node, error instanceof Error ? error : String(error), options);
}

/**
 * The n8n error of a user's mistake found by a node itself: an `InputError` of the nodes' catalog
 * (`n8nErrors.ts`), worded like the library's, shown as n8n's warning.
 *
 * @example throw inputErrorFor(ctx.getNode(), n8nInputErrors.no_format, {}, i)
 */
export function inputErrorFor<W extends ErrorWording<'input'>>(
  node: INode,
  wording: W,
  details: ErrorDetailsFor<W>,
  itemIndex?: number,
  description?: string,
): NodeOperationError {
  const error = new InputError(wording, ...([details] as ErrorDetailsArgs<W>));
  return new NodeOperationError(node, error.message, {
    ...(itemIndex === undefined ? {} : { itemIndex }),
    ...(description === undefined ? {} : { description }),
    level: 'warning',
  });
}

/** The message of a thrown value, for the `error` field of an error-output item. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
