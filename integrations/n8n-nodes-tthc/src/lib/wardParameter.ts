import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { type WardFolder, findWard, listWards } from '@tthc/report';
import { allowedPath, lastSegment } from './readPathParameter';

// A ward chosen by name (a form's dropdown, an item's field) among the subfolders of a wards folder
// (`listWards` of @tthc/report): the name is looked up in the list, never put into a path, so a
// forged value that climbs out of the folder (with `..` and `/`) reads nothing. TTHC Metrics
// takes the ward's catalog from it, TTHC Render its profile.

/** The value of the catalog's or profile's source that picks the ward's file. */
export const WARD_SOURCE = 'ward';

/** The wards folder and the ward's name, shown when `source` (the node's catalog or profile source parameter) is {@link WARD_SOURCE}. */
export const wardProperties = (source: 'catalogSource' | 'profileSource'): INodeProperties[] => [
  {
    displayName: 'Thư mục các phường / Wards Folder',
    name: 'wardsPath',
    type: 'string',
    default: '',
    placeholder: '/data/tthc/don-vi',
    displayOptions: { show: { [source]: [WARD_SOURCE] } },
    description:
      'Mỗi phường một thư mục con mang tên phường, có profile.yaml (và catalog.csv riêng, hoặc catalog.csv chung của thư mục). / ' +
      "One subfolder per ward, named as the ward, holding its profile.yaml (and its own catalog.csv, or the folder's shared one).",
  },
  {
    displayName: 'Phường / Ward',
    name: 'ward',
    type: 'string',
    default: '',
    placeholder: "={{ $('Biểu mẫu báo cáo').first().json.ward }}",
    displayOptions: { show: { [source]: [WARD_SOURCE] } },
    description:
      'Tên phường (thường là biểu thức, vd. lựa chọn của biểu mẫu), tìm trong danh sách thư mục con; tên không có trong danh sách bị từ chối, không đọc tệp nào. / ' +
      'The ward\'s name (usually an expression, e.g. the form\'s choice), looked up among the subfolders; a name not among them is refused and no file is read.',
  },
];

/**
 * The ward the node's parameters choose: the wards folder (checked against the instance's file
 * access rules) listed, the name looked up in it.
 *
 * @throws InputError `unknown_ward` / `no_wards` (naming the folder, never its path)
 */
export async function wardOf(ctx: IExecuteFunctions, itemIndex: number): Promise<WardFolder> {
  const folder = ctx.getNodeParameter('wardsPath', itemIndex, '') as string;
  const resolved = await allowedPath(ctx, folder, itemIndex);
  return findWard(await listWards(resolved, lastSegment(folder)), String(ctx.getNodeParameter('ward', itemIndex, '') ?? ''));
}
