import type { INodeExecutionData, NodeOperationError } from 'n8n-workflow';

/**
 * An item for the error output ("On Error: Continue (using error output)"): n8n moves items that
 * carry `error` there, and keeps them in the main output under "Continue". `json.error` is the
 * bilingual message; `extra` names what failed (e.g. the file).
 */
export function errorItem(error: NodeOperationError, itemIndex: number, extra: Record<string, string> = {}): INodeExecutionData {
  return { json: { error: error.message, ...extra }, error, pairedItem: { item: itemIndex } };
}

/** `pairedItem` pointing at every listed input item (for outputs computed from all of them). */
export function pairedWith(indexes: Iterable<number>): { item: number }[] {
  return [...indexes].map((item) => ({ item }));
}
