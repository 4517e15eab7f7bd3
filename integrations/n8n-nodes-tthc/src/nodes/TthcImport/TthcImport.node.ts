import {
  NodeConnectionTypes,
  NodeOperationError,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { InputError } from '@tthc/core';
import { MappingSpec, importAccountingOf, importDossiersLazy, type ImportInput, type ImportOptions } from '@tthc/import';
import { binaryPropertiesOf, readItemFile } from '../../lib/binaryFiles';
import { DATASET_KIND, DATASET_PROPERTY, datasetPropertyOption, type DatasetSummary } from '../../lib/dataset';
import { errorItem, pairedWith } from '../../lib/errorItem';
import { toNodeError } from '../../lib/nodeError';

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
    subtitle: '={{ $parameter["output"] === "items" ? "one item per dossier" : "dataset (JSON Lines)" }}',
    description: 'Đọc tệp xuất hồ sơ TTHC (xlsx, csv, json) / Read TTHC dossier exports into canonical dossiers',
    defaults: { name: 'TTHC Import' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
    outputNames: ['Dossiers', 'Accounting'],
    properties: [
      {
        displayName: 'Input Binary Fields',
        name: 'binaryPropertyName',
        type: 'string',
        default: 'data',
        required: true,
        description: 'Binary field(s) holding the export files, comma-separated; * takes every binary field of each item',
      },
      {
        displayName: 'Source',
        name: 'source',
        type: 'options',
        default: 'auto',
        options: [
          { name: 'Auto-Detect (by Headings or Keys)', value: 'auto' },
          { name: 'Canonical Dossiers (JSON / JSON Lines)', value: 'canonical' },
          { name: 'One-Stop System Export', value: 'one-stop' },
          { name: 'National Portal (DVCQG) Export', value: 'portal' },
          { name: 'Civil-Status System Export', value: 'civil-status' },
          { name: 'Custom Mapping', value: 'mapping' },
        ],
        description: 'Which system produced the files; auto-detect reads each file by its headings',
      },
      {
        displayName: 'Mapping (JSON)',
        name: 'mapping',
        type: 'json',
        default: '{\n  "name": "my-system",\n  "columns": { "Mã hồ sơ": "code", "Tên thủ tục": "procedureName", "Trạng thái": "status" }\n}',
        displayOptions: { show: { source: ['mapping'] } },
        description: 'Column heading → canonical field, value maps, date format (see the package README)',
      },
      {
        displayName: 'Output',
        name: 'output',
        type: 'options',
        default: 'dataset',
        options: [
          {
            name: 'One Dataset Item (JSON Lines Binary)',
            value: 'dataset',
            description: 'For reports and large exports: one item, its dossiers in a JSON Lines file and the row accounting in its JSON',
          },
          {
            name: 'One Item per Dossier',
            value: 'items',
            description: 'To filter or change dossiers with other n8n nodes; the accounting goes to the second output',
          },
        ],
      },
      {
        displayName: 'Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Add option',
        default: {},
        options: [
          {
            displayName: 'Keep Applicant Names',
            name: 'keepApplicant',
            type: 'boolean',
            default: false,
            description: 'Whether to keep the applicant (personal data); by default it is dropped while reading',
          },
          datasetPropertyOption,
        ],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const node = this.getNode();
    const continueOnFail = this.continueOnFail();
    const output = this.getNodeParameter('output', 0) as 'dataset' | 'items';
    const options = this.getNodeParameter('options', 0, {}) as { keepApplicant?: boolean; datasetPropertyName?: string };
    const importOptions = importOptionsOf(this);

    const files: FileInput[] = [];
    const errors: INodeExecutionData[] = [];
    const itemFailures: { name: string; index: number; error: string }[] = [];
    for (let i = 0; i < items.length; i++) {
      try {
        const spec = this.getNodeParameter('binaryPropertyName', i) as string;
        for (const property of binaryPropertiesOf(this, items[i]!, i, spec)) {
          const file = await readItemFile(this, items[i]!, i, property);
          files.push({ itemIndex: i, name: file.name, input: { name: file.name, data: file.data } });
        }
      } catch (error) {
        const nodeError = toNodeError(node, error, i);
        if (!continueOnFail) throw nodeError;
        itemFailures.push({ name: `item ${i + 1}`, index: i, error: nodeError.message });
        errors.push(errorItem(nodeError, i));
      }
    }

    // All files together (the same dossier in two exports is one dossier); a file that cannot be
    // read is listed by the library and the others still count.
    const result = await importDossiersLazy(files.map((f) => f.input), { ...importOptions, onInputError: 'collect' });
    for (const failed of result.failedInputs) {
      const file = files[failed.index]!;
      const nodeError = toNodeError(node, new InputError(failed.error), file.itemIndex);
      if (!continueOnFail) throw nodeError;
      errors.push(errorItem(nodeError, file.itemIndex, { file: file.name }));
    }
    const failedFiles = new Set(result.failedInputs.map((f) => f.index));
    const goodItems = new Set(files.filter((_, k) => !failedFiles.has(k)).map((f) => f.itemIndex));
    const paired = pairedWith(goodItems);
    const accounting = importAccountingOf(result);
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
    // The JSON Lines written straight from the import's store (no dossier objects on the way).
    const binary = await this.helpers.prepareBinaryData(Buffer.concat(Array.from(result.jsonLines())), 'dossiers.jsonl', 'application/x-ndjson');
    return [[{ json: { ...summary }, binary: { [property]: binary }, pairedItem: paired }, ...errors], accountingItems];
  }
}

function importOptionsOf(ctx: IExecuteFunctions): ImportOptions {
  const source = ctx.getNodeParameter('source', 0) as string;
  const { keepApplicant } = ctx.getNodeParameter('options', 0, {}) as { keepApplicant?: boolean };
  const options: ImportOptions = { keepApplicant: keepApplicant ?? false };
  if (source === 'mapping') {
    const raw = ctx.getNodeParameter('mapping', 0) as unknown;
    let value: unknown = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        throw new NodeOperationError(ctx.getNode(), 'Mapping không phải JSON hợp lệ. / The mapping is not valid JSON.');
      }
    }
    const parsed = MappingSpec.safeParse(value);
    if (!parsed.success) {
      throw new NodeOperationError(
        ctx.getNode(),
        `Mapping không hợp lệ / invalid mapping: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}`,
      );
    }
    options.mapping = value as MappingSpec;
  } else if (source !== 'auto') {
    options.source = source;
  }
  return options;
}
