import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { Readable } from 'node:stream';
import { bothLanguages, reportIssues, validateDossier, type ReportedIssue } from '@tthc/core';
import { runReport } from '@tthc/report';
import { DATASET_KIND, DATASET_PROPERTY, datasetPropertyOption, isDatasetItem, isErrorItem, type DatasetSummary } from '../../lib/dataset';
import { datasetInputs } from '../../lib/datasetInputs';
import { errorItem } from '../../lib/errorItem';
import { DOCUMENTATION_URL } from '../../lib/docs';
import { toNodeError } from '../../lib/nodeError';

/** TTHC Validate: records → valid dossiers (output 1) and invalid records with the reason (output 2). */
export class TthcValidate implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Validate',
    name: 'tthcValidate',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    description: 'Kiểm tra hồ sơ theo quy tắc chung / Check dossiers against the shared rules: valid and invalid outputs',
    documentationUrl: DOCUMENTATION_URL,
    defaults: { name: 'TTHC Validate' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
    outputNames: ['Hợp lệ / Valid', 'Không hợp lệ / Invalid'],
    properties: [
      {
        displayName:
          'Mỗi mục là một hồ sơ theo tên trường chuẩn (code, procedureName, status, receivedAt…), hoặc mục bộ dữ liệu của TTHC Import, kiểm tra từng dòng. / ' +
          'Each item is one record with the canonical field names, or a dataset item from TTHC Import whose JSON Lines are checked line by line.',
        name: 'notice',
        type: 'notice',
        default: '',
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
              'Có giữ tên người nộp (dữ liệu cá nhân) ở đầu ra không; mặc định bị bỏ. / Whether to keep the applicant (personal data) on the outputs; by default it is dropped.',
          },
          datasetPropertyOption,
        ],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const valid: INodeExecutionData[] = [];
    const invalid: INodeExecutionData[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      try {
        const options = this.getNodeParameter('options', i, {}) as { keepApplicant?: boolean; datasetPropertyName?: string };
        const keepApplicant = options.keepApplicant ?? false;
        if (isErrorItem(item)) {
          valid.push({ ...item, pairedItem: { item: i } });
        } else if (isDatasetItem(item)) {
          // The dataset read again by the import (its reader, its checks, its accounting): a line
          // refused now moves from accepted to rejected in the dataset's accounting.
          const property = options.datasetPropertyName?.trim() || DATASET_PROPERTY;
          const { inputs } = await datasetInputs(this, items, property, (other) => other !== item);
          const run = await runReport({ inputs, keepApplicant }, { worker: false });
          const fileName = item.binary?.[property]?.fileName ?? property;
          const dataset = await this.helpers.prepareBinaryData(Readable.from(run.imported.jsonLines()), fileName, 'application/x-ndjson');
          const summary: DatasetSummary = { kind: DATASET_KIND, ...run.accounting };
          valid.push({ json: summary as unknown as IDataObject, binary: { ...item.binary, [property]: dataset }, pairedItem: { item: i } });
          for (const refused of refusedRows(reportIssues(run.imported.rejected))) invalid.push({ json: refused as unknown as IDataObject, pairedItem: { item: i } });
        } else {
          const result = validateDossier(item.json, { file: 'n8n', row: i + 1 }, { keepApplicant });
          if (result.ok) valid.push({ json: result.dossier, pairedItem: { item: i } });
          else invalid.push(invalidItem(item.json, reportIssues(result.issues), keepApplicant, i));
        }
      } catch (error) {
        const nodeError = toNodeError(this.getNode(), error, i);
        if (!this.continueOnFail()) throw nodeError;
        valid.push(errorItem(nodeError, i));
      }
    }
    return [valid, invalid];
  }
}

/** The lines of a dataset refused now, one item each: where, why, and the issues (never the line: it may hold personal data). */
function refusedRows(issues: readonly ReportedIssue[]): Array<{ file: string; row: number; reason: string; issues: ReportedIssue[] }> {
  const rows = new Map<number, ReportedIssue[]>();
  for (const issue of issues) {
    const row = issue.path.row ?? 0;
    const list = rows.get(row);
    if (list) list.push(issue);
    else rows.set(row, [issue]);
  }
  return [...rows].map(([row, list]) => ({
    file: list[0]?.path.file ?? '',
    row,
    reason: list.map((x) => bothLanguages(x.message)).join('\n'),
    issues: list,
  }));
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}

/** The invalid record with its reasons; the applicant's name is dropped unless asked to keep it. */
function invalidItem(record: unknown, issues: ReportedIssue[], keepApplicant: boolean, itemIndex: number): INodeExecutionData {
  const { applicant, ...rest } = asRecord(record);
  return {
    json: {
      ...(rest as IDataObject),
      ...(keepApplicant && applicant !== undefined ? { applicant: applicant as string } : {}),
      reason: issues.map((x) => bothLanguages(x.message)).join('\n'),
      issues: issues as unknown as IDataObject[],
    },
    pairedItem: { item: itemIndex },
  };
}
