import { TthcImport } from '../../src/nodes/TthcImport/TthcImport.node';
import { jsonl } from './fixtures';
import { binaryOf, mockExecute } from './mockExecute';

/** The dataset item TTHC Import makes of these records (one JSON Lines file). */
export async function datasetItem(records: object[]) {
  const file = { json: {}, binary: { data: binaryOf(jsonl(records), 'a.jsonl') } };
  const out = await new TthcImport().execute.call(
    mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } }),
  );
  return out[0]![0]!;
}
