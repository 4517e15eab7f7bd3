import type { IBinaryKeyData, IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { bothLanguages, type Granularity } from '@tthc/core';
import type { RenderedFile } from '@tthc/render';
import { type FileRef, type UnitsReportRequest, historySummary, mailHead, runReport } from '@tthc/report';
import { addressesOf } from '../../lib/addressParameter';
import { daysOffOption } from '../../lib/calendarOption';
import { catalogProperties } from '../../lib/catalogParameter';
import { datasetPropertyOption, isDatasetItem } from '../../lib/dataset';
import { figuresRequest } from '../../lib/figuresRequest';
import { historyLocationOf } from '../../lib/historyParameters';
import { pairedWith } from '../../lib/errorItem';
import { granularityOption } from '../../lib/metricsParameters';
import { n8nInputErrors } from '../../lib/n8nErrors';
import { inputErrorFor } from '../../lib/nodeError';
import { periodProperties } from '../../lib/periodParameters';
import { lastSegment, n8nFiles } from '../../lib/readPathParameter';
import { fileBinary, formatOf, type Format } from './formats';

/** `json.kind` of a unit's report item (mode "one unit"), of a ward's report item and of the city summary item. */
export const UNIT_REPORT_KIND = 'tthc.report';
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

/**
 * The units table of the parameters, for the report request: its path (the profiles beside it,
 * read by the run through n8n's file helpers), or an input item's binary (each ward's profile
 * then one of the input items' binaries, found by the run by its file name).
 */
async function unitsRefOf(ctx: IExecuteFunctions, items: readonly INodeExecutionData[]): Promise<UnitsReportRequest> {
  const source = ctx.getNodeParameter('unitsSource', 0) as string;
  if (source === 'binary') {
    const property = (ctx.getNodeParameter('unitsBinaryProperty', 0) as string).trim();
    const index = items.findIndex((item) => item.binary?.[property] !== undefined);
    if (index === -1) throw inputErrorFor(ctx.getNode(), n8nInputErrors.no_units_binary, { params: { property } });
    const units = { name: items[index]!.binary![property]!.fileName ?? property, data: await ctx.helpers.getBinaryDataBuffer(index, property) };
    const profiles: FileRef[] = [];
    for (let i = 0; i < items.length; i++) {
      // A dataset's dossiers are no profile (and are not read into memory here).
      if (isDatasetItem(items[i]!)) continue;
      for (const [key, meta] of Object.entries(items[i]!.binary ?? {})) {
        if (i === index && key === property) continue;
        if (meta.fileName !== undefined) profiles.push({ name: meta.fileName, data: await ctx.helpers.getBinaryDataBuffer(i, key) });
      }
    }
    return { units, profiles };
  }
  const path = (ctx.getNodeParameter('unitsPath', 0) as string).trim();
  return { units: { name: lastSegment(path), path } };
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
 * table → one report run (`runReport` of @tthc/report, the run `tthc report --units` makes). One
 * item per ward (its files as binaries, its profile's `emailRecipients` in `recipients`, its
 * figures, period warnings and index, its `mail` for TTHC Send), then one item for the city
 * summary (addressed to the city office). The dataset is read by the import as the run goes, never as n8n items or an array.
 */
export async function renderUnits(ctx: IExecuteFunctions, formats: readonly Format[]): Promise<INodeExecutionData[]> {
  const items = ctx.getInputData();
  const options = ctx.getNodeParameter('unitsOptions', 0, {}) as { granularity?: Granularity; daysOffPath?: string; datasetPropertyName?: string };
  const recipients = addressesOf(ctx, 'cityRecipients', n8nInputErrors.invalid_city_recipient);
  const report = await unitsRefOf(ctx, items);
  // Items that only carry files (the units table, the profiles) are not dossiers.
  const { request, sources } = await figuresRequest(ctx, items, options, (item) => !isDatasetItem(item) && Object.keys(item.binary ?? {}).length > 0);
  const history = await historyLocationOf(ctx);
  const run = await runReport(
    { ...request, report, formats: [...formats], recipients: { summary: recipients }, ...(history ? { history } : {}) },
    { files: n8nFiles(ctx), worker: false },
  );
  // The run's mails: each ward's in the order of its reports, then the summary's.
  const mails = (run.mails ?? []).map(mailHead);
  const result = run.unitReports!;
  const unitRuns = new Map((run.units ?? []).map((u) => [u.unit, u]));
  const paired = pairedWith(sources);
  const out: INodeExecutionData[] = [];
  for (const [i, report] of result.reports.entries()) {
    const { binary, names } = await binariesOf(ctx, report.files);
    const unitRun = unitRuns.get(report.unit);
    const json = {
      kind: WARD_REPORT_KIND,
      unit: report.unit,
      name: report.profile.unit.name,
      recipients: report.profile.emailRecipients,
      period: result.period,
      files: names,
      metrics: report.metrics,
      periodWarnings: unitRun?.periodWarnings ?? [],
      ...(unitRun?.serviceIndex ? { serviceIndex: unitRun.serviceIndex } : {}),
      ...(unitRun?.history ? { history: historySummary(unitRun.history) } : {}),
      mail: mails[i],
    };
    const mismatch = unitRun?.history?.carriedOver?.warning;
    if (mismatch) ctx.addExecutionHints?.({ message: bothLanguages(mismatch.message), type: 'warning', location: 'outputPane' });
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
    periodWarnings: run.periodWarnings,
    mail: mails.at(-1),
  };
  out.push({ json: json as unknown as IDataObject, binary, pairedItem: paired });
  return out;
}
