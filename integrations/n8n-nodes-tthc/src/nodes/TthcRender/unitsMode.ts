import { dirname, isAbsolute, resolve } from 'node:path';
import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { Granularity } from '@tthc/core';
import { readUnitsTable } from '@tthc/import';
import { EmailAddress, renderUnitReports, unitEntries, type RenderedFile, type UnitEntry } from '@tthc/render';
import { daysOffOption } from '../../lib/calendarOption';
import { catalogProperties } from '../../lib/catalogParameter';
import { DATASET_PROPERTY, datasetPropertyOption, isDatasetItem, streamDossiers } from '../../lib/dataset';
import { pairedWith } from '../../lib/errorItem';
import { figureParameters, granularityOption, withAccounting } from '../../lib/metricsParameters';
import { n8nInputErrors } from '../../lib/n8nErrors';
import { inputErrorFor } from '../../lib/nodeError';
import { periodProperties } from '../../lib/periodParameters';
import { readPathParameter } from '../../lib/readPathParameter';
import { fileBinary, formatOf, type Format } from './formats';

/** `json.kind` of a ward's report item and of the city summary item. */
export const WARD_REPORT_KIND = 'tthc.wardReport';
export const UNITS_SUMMARY_KIND = 'tthc.unitsSummary';

/** The property shown only when the node's Mode is `mode` (its own display conditions kept). */
export const shownInMode =
  (mode: 'unit' | 'units') =>
  (p: INodeProperties): INodeProperties => ({
    ...p,
    displayOptions: { ...p.displayOptions, show: { ...p.displayOptions?.show, mode: [mode] } },
  });

/** The parameters of the mode "every ward of a units table" (shown only in that mode). */
export const unitsModeProperties: INodeProperties[] = (
  [
    {
      displayName: 'Bảng đơn vị / Units Table',
      name: 'unitsSource',
      type: 'options',
      default: 'filePath',
      options: [
        { name: 'Đường dẫn tệp / File Path (units.csv)', value: 'filePath' },
        { name: 'Tệp của mục đầu vào / Binary Fields of the Input Items', value: 'binary' },
      ],
      description:
        'Bảng unit,profile: tên đơn vị như tệp xuất ghi và tệp hồ sơ đơn vị của phường (mẫu: examples/city/units.csv). / ' +
        "The table unit,profile: each ward's name as the export writes it and the path of its profile (see examples/city/units.csv).",
    },
    {
      displayName: 'Đường dẫn bảng đơn vị / Units Table File Path',
      name: 'unitsPath',
      type: 'string',
      default: '',
      placeholder: '/data/tthc/thanh-pho/units.csv',
      displayOptions: { show: { unitsSource: ['filePath'] } },
      description:
        'Đường dẫn hồ sơ đơn vị trong bảng tính từ thư mục của bảng. / The profile paths of the table are relative to its folder.',
    },
    {
      displayName: 'Trường tệp bảng đơn vị / Units Table Binary Field',
      name: 'unitsBinaryProperty',
      type: 'string',
      default: 'units',
      placeholder: 'units',
      displayOptions: { show: { unitsSource: ['binary'] } },
      description:
        'Trường nhị phân chứa units.csv; mỗi hồ sơ đơn vị là một tệp nhị phân của các mục đầu vào, tìm theo tên tệp. / ' +
        "The binary field holding units.csv; each ward's profile is a binary file of the input items, found by its file name.",
    },
    {
      displayName: 'Thư văn phòng thành phố / City Office E-Mail',
      name: 'cityRecipients',
      type: 'string',
      default: '',
      placeholder: 'van-phong@ubnd.hai-phong.example',
      description:
        'Địa chỉ nhận bảng tổng hợp, cách nhau bằng dấu phẩy; mục tổng hợp mang chúng trong "recipients". / ' +
        'Where the city summary goes, comma-separated; the summary item carries them in "recipients".',
    },
    ...periodProperties,
    ...catalogProperties,
    {
      displayName: 'Tùy chọn số liệu / Figure Options',
      name: 'unitsOptions',
      type: 'collection',
      placeholder: 'Thêm tùy chọn / Add option',
      default: {},
      options: [granularityOption, daysOffOption, datasetPropertyOption],
    },
  ] as INodeProperties[]
).map(shownInMode('units'));

/** The units table's bytes and how its profiles are found: beside it on disk, or among the input items' binaries. */
async function loadUnits(ctx: IExecuteFunctions, items: readonly INodeExecutionData[]): Promise<UnitEntry[]> {
  const source = ctx.getNodeParameter('unitsSource', 0) as string;
  if (source === 'binary') {
    const property = (ctx.getNodeParameter('unitsBinaryProperty', 0) as string).trim();
    const index = items.findIndex((item) => item.binary?.[property] !== undefined);
    if (index === -1) throw inputErrorFor(ctx.getNode(), n8nInputErrors.no_units_binary, { params: { property } });
    const name = items[index]!.binary![property]!.fileName ?? property;
    const rows = await readUnitsTable({ name, data: await ctx.helpers.getBinaryDataBuffer(index, property) });
    return unitEntries(rows, async (row) => {
      const wanted = lastSegment(row.profile);
      for (let i = 0; i < items.length; i++) {
        for (const [key, meta] of Object.entries(items[i]!.binary ?? {})) {
          if (meta.fileName === wanted) return (await ctx.helpers.getBinaryDataBuffer(i, key)).toString('utf8');
        }
      }
      throw inputErrorFor(ctx.getNode(), n8nInputErrors.no_profile_file, { path: { file: name, line: row.line }, params: { profile: row.profile } });
    });
  }
  const path = (ctx.getNodeParameter('unitsPath', 0) as string).trim();
  // Read through n8n's file helpers (N8N_RESTRICT_FILE_ACCESS_TO applies), the profiles beside the table.
  const rows = await readUnitsTable({ name: lastSegment(path), data: await readPathParameter(ctx, path, 0) });
  const folder = dirname(path);
  return unitEntries(rows, async (row) =>
    (await readPathParameter(ctx, isAbsolute(row.profile) ? row.profile : resolve(folder, row.profile), 0)).toString('utf8'),
  );
}

function lastSegment(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function cityRecipientsOf(ctx: IExecuteFunctions): string[] {
  const raw = String(ctx.getNodeParameter('cityRecipients', 0, ''));
  const addresses = raw.split(/[,;]/).map((a) => a.trim()).filter(Boolean);
  for (const address of addresses) {
    if (!EmailAddress.safeParse(address).success) throw inputErrorFor(ctx.getNode(), n8nInputErrors.invalid_city_recipient, { params: { address } });
  }
  return addresses;
}

async function binariesOf(ctx: IExecuteFunctions, files: readonly RenderedFile[]): Promise<{ binary: IBinaryKeyData; names: Record<string, string> }> {
  const binary: IBinaryKeyData = {};
  const names: Record<string, string> = {};
  for (const file of files) {
    const format = formatOf(file.name);
    binary[format] = await fileBinary(ctx, file.content, file.name, format);
    names[format] = file.name;
  }
  return { binary, names };
}

/**
 * TTHC Render, mode "every ward of a units table": the dataset of a city export and the units
 * table → `renderUnitReports` of @tthc/render (the call `tthc report --units` makes). One item per
 * ward (its files as binaries, its profile's `emailRecipients` in `recipients`), then one item for
 * the city summary (addressed to the city office). The dossiers are read from the dataset's JSON
 * Lines one at a time, never as n8n items or an array.
 */
export async function renderUnits(ctx: IExecuteFunctions, formats: readonly Format[]): Promise<INodeExecutionData[]> {
  const items = ctx.getInputData();
  const options = ctx.getNodeParameter('unitsOptions', 0, {}) as { granularity?: Granularity; daysOffPath?: string; datasetPropertyName?: string };
  // The small inputs first: a wrong period, table or profile should not wait for a large dataset.
  const figures = await figureParameters(ctx, items, options);
  const recipients = cityRecipientsOf(ctx);
  const units = await loadUnits(ctx, items);
  // Items that only carry files (the units table, the profiles) are not dossiers.
  const { dossiers, sources, summary } = await streamDossiers(ctx, items, options.datasetPropertyName?.trim() || DATASET_PROPERTY, (item) =>
    !isDatasetItem(item) && Object.keys(item.binary ?? {}).length > 0,
  );
  const result = await renderUnitReports({ dossiers, metricsOptions: withAccounting(figures, summary), units, formats });
  const paired = pairedWith(sources);
  const out: INodeExecutionData[] = [];
  for (const report of result.reports) {
    const { binary, names } = await binariesOf(ctx, report.files);
    const json = { kind: WARD_REPORT_KIND, unit: report.unit, name: report.profile.unit.name, recipients: report.profile.emailRecipients, period: result.period, files: names, metrics: report.metrics };
    out.push({ json: json as unknown as IDataObject, binary, pairedItem: paired });
  }
  const { binary, names } = await binariesOf(ctx, [result.summary]);
  const json = {
    kind: UNITS_SUMMARY_KIND,
    unit: null,
    recipients,
    period: result.period,
    files: names,
    wards: result.reports.map((r) => r.unit),
    unlisted: result.unlisted,
    absent: result.absent,
  };
  out.push({ json: json as unknown as IDataObject, binary, pairedItem: paired });
  return out;
}
