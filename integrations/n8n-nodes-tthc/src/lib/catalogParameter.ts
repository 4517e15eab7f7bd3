import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';
import { InputError, ProcedureCatalog } from '@tthc/core';
import { readCatalog } from '@tthc/import';
import { readPathParameter } from './readPathParameter';

/** The catalog parameters of TTHC Metrics. */
export const catalogProperties: INodeProperties[] = [
  {
    displayName: 'Catalog',
    name: 'catalogSource',
    type: 'options',
    default: 'filePath',
    options: [
      { name: 'File Path (CSV or JSON)', value: 'filePath' },
      { name: 'Binary Field of the Input Item', value: 'binary' },
      { name: 'JSON Parameter', value: 'json' },
      { name: 'None (Online-Service Rates Stay Empty)', value: 'none' },
    ],
    description: "The unit's procedure catalog (code,name,field,serviceLevel); without it the online-service rates are not computed",
  },
  {
    displayName: 'Catalog File Path',
    name: 'catalogPath',
    type: 'string',
    default: '',
    placeholder: '/data/tthc/catalog.csv',
    displayOptions: { show: { catalogSource: ['filePath'] } },
  },
  {
    displayName: 'Catalog Binary Field',
    name: 'catalogBinaryProperty',
    type: 'string',
    default: 'catalog',
    displayOptions: { show: { catalogSource: ['binary'] } },
  },
  {
    displayName: 'Catalog (JSON)',
    name: 'catalogJson',
    type: 'json',
    default: '[]',
    displayOptions: { show: { catalogSource: ['json'] } },
    description: 'An array of {"code","name","field","serviceLevel": "full" | "partial" | "none"}',
  },
];

/** Reads the catalog the parameters name, through the same reader as the CLI. */
export async function catalogFromParameters(
  ctx: IExecuteFunctions,
  items: readonly INodeExecutionData[],
): Promise<ProcedureCatalog | undefined> {
  const source = ctx.getNodeParameter('catalogSource', 0) as string;
  if (source === 'none') return undefined;
  if (source === 'filePath') {
    const path = (ctx.getNodeParameter('catalogPath', 0) as string).trim();
    const name = path.split(/[\\/]/).pop() ?? path;
    return readCatalog({ name, data: await readPathParameter(ctx, path, 0) });
  }
  if (source === 'binary') {
    const property = (ctx.getNodeParameter('catalogBinaryProperty', 0) as string).trim();
    const index = items.findIndex((item) => item.binary?.[property] !== undefined);
    if (index === -1) {
      throw new NodeOperationError(
        ctx.getNode(),
        `Không mục nào có tệp danh mục "${property}". / No input item has the catalog binary field "${property}".`,
      );
    }
    const name = items[index]!.binary![property]!.fileName ?? property;
    return readCatalog({ name, data: await ctx.helpers.getBinaryDataBuffer(index, property) });
  }
  const raw = ctx.getNodeParameter('catalogJson', 0) as unknown;
  let value: unknown = raw;
  try {
    if (typeof raw === 'string') value = JSON.parse(raw);
  } catch {
    throw new InputError('Danh mục (JSON) không phải JSON hợp lệ. / The catalog (JSON) is not valid JSON.');
  }
  const parsed = ProcedureCatalog.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues.slice(0, 5).map((x) => `${x.path.join('.')}: ${x.message}`).join('; ');
    throw new InputError(`Danh mục (JSON) không hợp lệ / invalid catalog (JSON): ${detail}`);
  }
  return parsed.data;
}
