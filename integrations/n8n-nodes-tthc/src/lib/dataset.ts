import type { INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { ImportAccounting } from '@tthc/import';

/** `json.kind` of a dataset item: its dossiers are a JSON Lines binary, its json the accounting. */
export const DATASET_KIND = 'tthc.dossiers';
/** Default binary property of the dataset (JSON Lines, one canonical dossier a line). */
export const DATASET_PROPERTY = 'dossiers';

/** The "Dataset Binary Field" option of every node that reads or writes dataset items. */
export const datasetPropertyOption: INodeProperties = {
  displayName: 'Trường tệp bộ dữ liệu / Dataset Binary Field',
  name: 'datasetPropertyName',
  type: 'string',
  default: DATASET_PROPERTY,
  placeholder: DATASET_PROPERTY,
  description: 'Trường nhị phân chứa tệp JSON Lines của bộ hồ sơ. / Binary field of the JSON Lines file of dataset items.',
};

/** The accounting that travels with the dossiers (the import's, rows read = accepted + rejected + skipped). */
export type DatasetSummary = { kind: typeof DATASET_KIND } & ImportAccounting;

/** Is this item a dataset item (from TTHC Import or TTHC Validate in dataset mode)? */
export function isDatasetItem(item: INodeExecutionData): boolean {
  return item.json.kind === DATASET_KIND;
}

/** Is this item an error item left in a regular output by "continue on fail"? */
export function isErrorItem(item: INodeExecutionData): boolean {
  return item.error !== undefined || (item.json.error !== undefined && item.json.kind === undefined && item.json.code === undefined);
}
