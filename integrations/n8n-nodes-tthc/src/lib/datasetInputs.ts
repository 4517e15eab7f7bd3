import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { ReportInput } from '@tthc/report';
import { type DatasetSummary, isDatasetItem, isErrorItem } from './dataset';
import { storedFilePath } from './binaryFiles';

/**
 * The input items as a report run's inputs: a dataset item is its JSON Lines (n8n's stored file
 * in filesystem binary mode, read as the import goes; else its bytes) with the accounting it
 * carries; the items that are one dossier each become one JSON Lines input of their own (`n8n
 * items`, a row an item). Error items left by "continue on fail" and the items `passOver`
 * names are not read. The import reads them all, with its own reader and checks.
 */
export async function datasetInputs(
  ctx: IExecuteFunctions,
  items: readonly INodeExecutionData[],
  property: string,
  passOver: (item: INodeExecutionData) => boolean = () => false,
): Promise<{ inputs: ReportInput[]; sources: number[] }> {
  const inputs: ReportInput[] = [];
  const sources: number[] = [];
  const lines: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (isErrorItem(item) || passOver(item)) continue;
    sources.push(i);
    if (!isDatasetItem(item)) {
      lines.push(JSON.stringify(item.json));
      continue;
    }
    const name = item.binary?.[property]?.fileName ?? property;
    const path = storedFilePath(ctx, item, property);
    const dataset = path === undefined ? { name, data: await ctx.helpers.getBinaryDataBuffer(i, property) } : { name, path };
    inputs.push({ dataset, accounting: item.json as unknown as DatasetSummary });
  }
  if (lines.length > 0) inputs.push({ name: 'n8n items', data: Buffer.from(`${lines.join('\n')}\n`, 'utf8') });
  return { inputs, sources };
}
