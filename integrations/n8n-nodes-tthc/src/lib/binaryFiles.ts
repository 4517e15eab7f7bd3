import { type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import { n8nInputErrors } from './n8nErrors';
import { inputErrorFor } from './nodeError';

/** One binary file of an input item, as the library reads it. */
export interface ItemFile {
  property: string;
  name: string;
  data: Uint8Array;
}

/**
 * The binary properties named by `spec` — a comma-separated list, or `*` for all of them — of
 * one input item. A named property that is missing is an error naming the item and the property.
 */
export function binaryPropertiesOf(ctx: IExecuteFunctions, item: INodeExecutionData, itemIndex: number, spec: string): string[] {
  const available = Object.keys(item.binary ?? {});
  const wanted = spec.trim() === '*' ? available : spec.split(',').map((s) => s.trim()).filter(Boolean);
  for (const property of wanted) {
    if (!available.includes(property)) {
      const params = { item: itemIndex + 1, property, availableVi: available.join(', ') || 'không có', availableEn: available.join(', ') || 'none' };
      throw inputErrorFor(ctx.getNode(), n8nInputErrors.missing_binary, { params }, itemIndex);
    }
  }
  return wanted;
}

/** Reads one binary property of an item into memory, with the file name the library reports. */
export async function readItemFile(ctx: IExecuteFunctions, item: INodeExecutionData, itemIndex: number, property: string): Promise<ItemFile> {
  const meta = item.binary?.[property];
  const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
  return { property, name: meta?.fileName ?? property, data };
}
