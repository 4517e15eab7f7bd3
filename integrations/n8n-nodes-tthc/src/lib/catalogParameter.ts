import { type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';
import type { FileRef } from '@tthc/report';
import { lastSegment } from './readPathParameter';
import { n8nInputErrors } from './n8nErrors';
import { inputErrorFor } from './nodeError';
import { WARD_SOURCE, wardOf, wardProperties } from './wardParameter';

/** The catalog parameters of TTHC Metrics. */
export const catalogProperties: INodeProperties[] = [
  {
    displayName: 'Danh mục thủ tục / Catalog',
    name: 'catalogSource',
    type: 'options',
    default: 'filePath',
    options: [
      { name: 'Đường dẫn tệp / File Path (CSV or JSON)', value: 'filePath' },
      { name: 'Tệp của mục đầu vào / Binary Field of the Input Item', value: 'binary' },
      { name: 'Nhập JSON / JSON Parameter', value: 'json' },
      { name: 'Của phường đã chọn / The Chosen Ward\'s (Wards Folder)', value: WARD_SOURCE },
      { name: 'Không dùng / None (Online-Service Rates Stay Empty)', value: 'none' },
    ],
    description:
      'Danh mục TTHC của đơn vị (code,name,field,serviceLevel[,timeLimit]: thời hạn giải quyết, dùng cho hồ sơ không có ngày hẹn trả); không có thì không tính tỷ lệ DVC trực tuyến. / ' +
      "The unit's procedure catalog (code,name,field,serviceLevel[,timeLimit]: the time limit a dossier without a due date is judged by); without it the online-service rates are not computed.",
  },
  {
    displayName: 'Đường dẫn danh mục / Catalog File Path',
    name: 'catalogPath',
    type: 'string',
    default: '',
    placeholder: '/data/tthc/hai-an/catalog.csv',
    displayOptions: { show: { catalogSource: ['filePath'] } },
    description:
      'Tệp CSV hoặc JSON trên máy chủ n8n, trong N8N_RESTRICT_FILE_ACCESS_TO. / A CSV or JSON file on the n8n server, inside N8N_RESTRICT_FILE_ACCESS_TO.',
  },
  {
    displayName: 'Trường tệp danh mục / Catalog Binary Field',
    name: 'catalogBinaryProperty',
    type: 'string',
    default: 'catalog',
    placeholder: 'catalog',
    displayOptions: { show: { catalogSource: ['binary'] } },
    description:
      'Tên trường nhị phân chứa tệp danh mục (CSV/JSON) trong một mục đầu vào. / The binary field of an input item that holds the catalog file (CSV/JSON).',
  },
  {
    displayName: 'Danh mục (JSON) / Catalog (JSON)',
    name: 'catalogJson',
    type: 'json',
    default: '[]',
    placeholder: '[{"code": "1.001193", "name": "Đăng ký khai sinh", "field": "Hộ tịch", "serviceLevel": "full"}]',
    displayOptions: { show: { catalogSource: ['json'] } },
    description:
      'Mảng {"code","name","field","serviceLevel": "full" | "partial" | "none"}. / An array of {"code","name","field","serviceLevel": "full" | "partial" | "none"}.',
  },
  ...wardProperties('catalogSource'),
];

/**
 * The catalog file the parameters name, for the report request: a path (read by the run through
 * n8n's file helpers), an input item's binary, or the JSON parameter as a file of its own — each
 * read and checked by the same reader as the CLI's (`readCatalog` of @tthc/import).
 */
export async function catalogRefOf(ctx: IExecuteFunctions, items: readonly INodeExecutionData[]): Promise<FileRef | undefined> {
  const source = ctx.getNodeParameter('catalogSource', 0) as string;
  if (source === 'none') return undefined;
  if (source === WARD_SOURCE) {
    const { catalog } = await wardOf(ctx, 0);
    return catalog === undefined ? undefined : { name: lastSegment(catalog), path: catalog };
  }
  if (source === 'filePath') {
    const path = (ctx.getNodeParameter('catalogPath', 0) as string).trim();
    return { name: lastSegment(path), path };
  }
  if (source === 'binary') {
    const property = (ctx.getNodeParameter('catalogBinaryProperty', 0) as string).trim();
    const index = items.findIndex((item) => item.binary?.[property] !== undefined);
    if (index === -1) {
      throw inputErrorFor(ctx.getNode(), n8nInputErrors.no_catalog_binary, { params: { property } });
    }
    return { name: items[index]!.binary![property]!.fileName ?? property, data: await ctx.helpers.getBinaryDataBuffer(index, property) };
  }
  const raw = ctx.getNodeParameter('catalogJson', 0) as unknown;
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return { name: 'catalog (JSON)', data: Buffer.from(text, 'utf8') };
}
