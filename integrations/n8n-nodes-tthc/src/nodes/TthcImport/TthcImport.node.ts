import { Readable } from 'node:stream';
import {
  NodeConnectionTypes,
  NodeOperationError,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import type { ImportInput } from '@tthc/import';
import { type ReportRequest, runReport } from '@tthc/report';
import { binaryPropertiesOf, binarySize, readItemFile } from '../../lib/binaryFiles';
import { LARGE_IMPORT_BYTES, collectGarbage, inputBytes } from '../../lib/releaseMemory';
import { DATASET_KIND, DATASET_PROPERTY, datasetPropertyOption, type DatasetSummary } from '../../lib/dataset';
import { errorItem, pairedWith } from '../../lib/errorItem';
import { DOCUMENTATION_URL, optionLabelSubtitle } from '../../lib/docs';
import { noInputFileError } from '../../lib/noInputFile';
import { toNodeError, inputErrorFor } from '../../lib/nodeError';
import { n8nInputErrors } from '../../lib/n8nErrors';

const outputOptions = [
  {
    name: 'Một mục bộ dữ liệu / One Dataset Item (JSON Lines Binary)',
    value: 'dataset',
    description:
      'Cho báo cáo và tệp lớn: hồ sơ trong một tệp JSON Lines, thống kê dòng trong JSON. / For reports and large exports: the dossiers in one JSON Lines file, the row accounting in its JSON.',
  },
  {
    name: 'Mỗi hồ sơ một mục / One Item per Dossier',
    value: 'items',
    description:
      'Để lọc, sửa hồ sơ bằng các nút n8n khác; thống kê ra đầu ra thứ hai. / To filter or change dossiers with other n8n nodes; the accounting goes to the second output.',
  },
];

interface FileInput {
  itemIndex: number;
  name: string;
  input: ImportInput;
}

/** TTHC Import: binary exports (xlsx, csv, json, jsonl) → canonical dossiers and their row accounting. */
export class TthcImport implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Import',
    name: 'tthcImport',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: optionLabelSubtitle('output', outputOptions),
    description: 'Đọc tệp xuất hồ sơ TTHC (xlsx, csv, json) / Read TTHC dossier exports into canonical dossiers',
    documentationUrl: DOCUMENTATION_URL,
    defaults: { name: 'TTHC Import' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
    outputNames: ['Hồ sơ / Dossiers', 'Thống kê dòng / Accounting'],
    properties: [
      {
        displayName: 'Trường tệp đầu vào / Input Binary Fields',
        name: 'binaryPropertyName',
        type: 'string',
        default: 'data',
        placeholder: 'data',
        required: true,
        description:
          'Trường nhị phân chứa tệp xuất, cách nhau bằng dấu phẩy; * lấy mọi tệp của mục. / Binary field(s) holding the export files, comma-separated; * takes every binary field of each item.',
      },
      {
        displayName: 'Nguồn / Source',
        name: 'source',
        type: 'options',
        default: 'auto',
        options: [
          { name: 'Tự nhận biết / Auto-Detect (by Headings or Keys)', value: 'auto' },
          { name: 'Hồ sơ chuẩn / Canonical Dossiers (JSON / JSON Lines)', value: 'canonical' },
          { name: 'Hệ thống một cửa / One-Stop System Export', value: 'one-stop' },
          { name: 'Cổng DVCQG / National Portal Export', value: 'portal' },
          { name: 'Hệ thống hộ tịch / Civil-Status System Export', value: 'civil-status' },
          { name: 'Ánh xạ tự khai báo / Custom Mapping', value: 'mapping' },
        ],
        description:
          'Hệ thống đã xuất tệp; tự nhận biết đọc từng tệp theo tiêu đề cột. / Which system produced the files; auto-detect reads each file by its headings.',
      },
      {
        displayName: 'Ánh xạ cột (JSON) / Mapping (JSON)',
        name: 'mapping',
        type: 'json',
        default: '{\n  "name": "my-system",\n  "columns": { "Mã hồ sơ": "code", "Tên thủ tục": "procedureName", "Trạng thái": "status" }\n}',
        displayOptions: { show: { source: ['mapping'] } },
        description:
          'Tiêu đề cột → trường chuẩn, bảng giá trị, định dạng ngày (xem README). / Column heading → canonical field, value maps, date format (see the package README).',
      },
      {
        displayName: 'Đầu ra / Output',
        name: 'output',
        type: 'options',
        default: 'dataset',
        options: outputOptions,
        description: 'Một mục bộ dữ liệu (khuyên dùng) hoặc một mục mỗi hồ sơ. / One dataset item (recommended) or one item per dossier.',
      },
      {
        displayName: 'Tùy chọn / Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Thêm tùy chọn / Add option',
        default: {},
        options: [
          {
            displayName: 'Giữ tên người nộp / Keep Applicant Names',
            name: 'keepApplicant',
            type: 'boolean',
            default: false,
            description:
              'Có giữ tên người nộp (dữ liệu cá nhân) không; mặc định bị bỏ khi đọc. / Whether to keep the applicant (personal data); by default it is dropped while reading.',
          },
          datasetPropertyOption,
          {
            displayName: 'Chuyển .xls bằng LibreOffice / Convert .xls (LibreOffice)',
            name: 'convertLegacy',
            type: 'boolean',
            default: true,
            description:
              'Có đọc tệp .xls (chuyển bằng LibreOffice, một tiến trình riêng) không; tắt cho tệp tải lên từ biểu mẫu: tệp như vậy bị từ chối, nêu tên. Tệp .ods luôn được đọc trực tiếp. / ' +
              'Whether .xls files are read (converted by LibreOffice, a process of its own); turn it off for uploads: such a file is then refused, named. .ods files are always read natively.',
          },
          {
            displayName: 'Số tệp tối đa / Max Files',
            name: 'maxFiles',
            type: 'number',
            default: 0,
            typeOptions: { minValue: 0 },
            description:
              'Quá số này thì không nhập tệp nào (0: không giới hạn); dùng cho biểu mẫu tải lên. / More files than this and none is imported (0: no limit); for upload forms.',
          },
          {
            displayName: 'Dung lượng tối đa mỗi tệp (MB) / Max File Size (MB)',
            name: 'maxFileMb',
            type: 'number',
            default: 0,
            typeOptions: { minValue: 0 },
            description:
              'Tệp lớn hơn bị từ chối trước khi đọc, nêu tên tệp; các tệp khác vẫn được tính (0: không giới hạn). / A larger file is refused before it is read, named; the others still count (0: no limit).',
          },
        ],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const node = this.getNode();
    // Nothing to import is an error, not an empty success: a scheduled run whose Read Files
    // matched nothing must not send an empty report. (The node throws whatever its "On Error"
    // setting; with "Continue", n8n itself catches it and passes the input on: see the README.)
    if (!items.some((item) => Object.keys(item.binary ?? {}).length > 0)) {
      throw noInputFileError(this, items.length);
    }
    const continueOnFail = this.continueOnFail();
    const output = this.getNodeParameter('output', 0) as 'dataset' | 'items';
    const options = this.getNodeParameter('options', 0, {}) as { keepApplicant?: boolean; datasetPropertyName?: string; maxFiles?: number; maxFileMb?: number };
    const request = importRequestOf(this);
    // The upload limits, checked on n8n's record of the files before any is read.
    const maxFiles = options.maxFiles ?? 0;
    if (maxFiles > 0) {
      let count = 0;
      for (let i = 0; i < items.length; i++) count += binaryPropertiesOf(this, items[i]!, i, this.getNodeParameter('binaryPropertyName', i) as string).length;
      if (count > maxFiles) {
        const tooMany = inputErrorFor(node, n8nInputErrors.too_many_files, { params: { count, max: maxFiles } });
        if (!continueOnFail) throw tooMany;
        return [[errorItem(tooMany, 0)], []];
      }
    }
    const maxBytes = (options.maxFileMb ?? 0) * 1024 * 1024;

    const files: FileInput[] = [];
    const errors: INodeExecutionData[] = [];
    const itemFailures: { name: string; index: number; error: string }[] = [];
    for (let i = 0; i < items.length; i++) {
      try {
        const spec = this.getNodeParameter('binaryPropertyName', i) as string;
        for (const property of binaryPropertiesOf(this, items[i]!, i, spec)) {
          const size = maxBytes > 0 ? await binarySize(this, items[i]!, property) : 0;
          if (size > maxBytes) {
            const file = items[i]!.binary?.[property]?.fileName ?? property;
            const mb = (n: number) => (Math.round((n / 1024 / 1024) * 10) / 10).toFixed(1);
            const tooLarge = inputErrorFor(node, n8nInputErrors.file_too_large, { path: { file }, params: { sizeMb: mb(size), maxMb: mb(maxBytes) } }, i);
            if (!continueOnFail) throw tooLarge;
            itemFailures.push({ name: file, index: i, error: tooLarge.message });
            errors.push(errorItem(tooLarge, i, { file }));
            continue;
          }
          const file = await readItemFile(this, items[i]!, i, property);
          files.push({ itemIndex: i, name: file.name, input: file.input });
        }
      } catch (error) {
        const nodeError = toNodeError(node, error, i);
        if (!continueOnFail) throw nodeError;
        itemFailures.push({ name: `item ${i + 1}`, index: i, error: nodeError.message });
        errors.push(errorItem(nodeError, i));
      }
    }

    // All files together (the same dossier in two exports is one dossier); a file that cannot be
    // read is listed by the library and the others still count. A large import starts on a
    // collected heap, so that n8n's garbage and the import's do not add up (lib/releaseMemory.ts).
    const inputs = files.map((f) => f.input);
    if (inputBytes(inputs) >= LARGE_IMPORT_BYTES) collectGarbage();
    // On n8n's own thread, no scan worker: in the n8n process a worker thread cost 40–70 MB more at
    // the peak (city workflow, 200k rows: +176/+210 MB against +134/+123 MB) for ~1 s less; memory
    // is what bounds a workflow there (README, "Large exports").
    const run = await runReport({ ...request, inputs, onInputError: 'collect' }, { worker: false });
    const result = run.imported;
    for (const failed of result.failedInputs) {
      const file = files[failed.index]!;
      // The import's own InputError, already worded in both languages.
      const nodeError = new NodeOperationError(node, failed.error, { itemIndex: file.itemIndex, level: 'warning' });
      if (!continueOnFail) throw nodeError;
      errors.push(errorItem(nodeError, file.itemIndex, { file: file.name }));
    }
    const failedFiles = new Set(result.failedInputs.map((f) => f.index));
    const goodItems = new Set(files.filter((_, k) => !failedFiles.has(k)).map((f) => f.itemIndex));
    const paired = pairedWith(goodItems);
    const accounting = run.accounting;
    const summary: DatasetSummary = {
      kind: DATASET_KIND,
      ...accounting,
      failedInputs: [...itemFailures, ...accounting.failedInputs],
    };
    const accountingItems: INodeExecutionData[] = goodItems.size > 0 || summary.failedInputs.length > 0 ? [{ json: { ...summary }, pairedItem: paired }] : [];

    if (goodItems.size === 0) return [errors, accountingItems];
    if (output === 'items') {
      return [[...Array.from(result.dossiers(), (d) => ({ json: d, pairedItem: paired })), ...errors], accountingItems];
    }
    const property = options.datasetPropertyName?.trim() || DATASET_PROPERTY;
    // The JSON Lines written straight from the import's store (no dossier objects on the way),
    // streamed: in n8n's filesystem binary mode they go to disk piece by piece, never one buffer.
    const binary = await this.helpers.prepareBinaryData(Readable.from(result.jsonLines()), 'dossiers.jsonl', 'application/x-ndjson');
    return [[{ json: { ...summary }, binary: { [property]: binary }, pairedItem: paired }, ...errors], accountingItems];
  }
}

/** The import part of the report request: the source or the mapping (checked once, by the import), the applicant switch. */
function importRequestOf(ctx: IExecuteFunctions): Omit<ReportRequest, 'inputs'> {
  const source = ctx.getNodeParameter('source', 0) as string;
  const { keepApplicant, convertLegacy } = ctx.getNodeParameter('options', 0, {}) as { keepApplicant?: boolean; convertLegacy?: boolean };
  const request: Omit<ReportRequest, 'inputs'> = { keepApplicant: keepApplicant ?? false, convertLegacy: convertLegacy ?? true };
  if (source === 'mapping') {
    const raw = ctx.getNodeParameter('mapping', 0) as unknown;
    let value: unknown = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        throw inputErrorFor(ctx.getNode(), n8nInputErrors.mapping_not_json, {});
      }
    }
    request.mapping = value as ReportRequest['mapping'];
  } else if (source !== 'auto') {
    request.source = source;
  }
  return request;
}
