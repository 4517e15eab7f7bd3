import { type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';
import type { ImportInput } from '@tthc/import';
import { n8nInputErrors } from './n8nErrors';
import { inputErrorFor } from './nodeError';

/** One binary file of an input item, as the library reads it. */
export interface ItemFile {
  property: string;
  name: string;
  input: ImportInput;
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

/**
 * Where n8n keeps a binary property on disk (binary data mode "filesystem"), or `undefined` when
 * it is held otherwise (in memory, in a database or an object store).
 */
export function storedFilePath(ctx: IExecuteFunctions, item: INodeExecutionData, property: string): string | undefined {
  const id = item.binary?.[property]?.id;
  return id?.startsWith('filesystem') && typeof ctx.helpers.getBinaryPath === 'function' ? ctx.helpers.getBinaryPath(id) : undefined;
}

/**
 * One binary property of an item as the library's input, with the file name the library reports:
 * the file n8n stored, read from disk as the import goes (the export is never held whole), else
 * the bytes read into memory.
 */
export async function readItemFile(ctx: IExecuteFunctions, item: INodeExecutionData, itemIndex: number, property: string): Promise<ItemFile> {
  const name = item.binary?.[property]?.fileName ?? property;
  const path = storedFilePath(ctx, item, property);
  const input = path === undefined ? { name, data: await ctx.helpers.getBinaryDataBuffer(itemIndex, property) } : { name, path };
  return { property, name, input };
}

/** The size in bytes of one binary property of an item, from n8n's record of it (its bytes are not read). */
export async function binarySize(ctx: IExecuteFunctions, item: INodeExecutionData, property: string): Promise<number> {
  const meta = item.binary?.[property];
  if (meta === undefined) return 0;
  if (typeof meta.bytes === 'number') return meta.bytes;
  if (meta.id) return (await ctx.helpers.getBinaryMetadata(meta.id)).fileSize;
  return Buffer.byteLength(meta.data, 'base64');
}
