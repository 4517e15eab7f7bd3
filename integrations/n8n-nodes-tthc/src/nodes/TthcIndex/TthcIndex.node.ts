import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { computeServiceIndex } from '@tthc/core';
import { catalogFromParameters, catalogProperties } from '../../lib/catalogParameter';
import { DATASET_PROPERTY, datasetPropertyOption, collectDossiers, isErrorItem } from '../../lib/dataset';
import { pairedWith } from '../../lib/errorItem';
import { toNodeError } from '../../lib/nodeError';
import { periodFromParameters, periodProperties } from '../../lib/periodParameters';

/** TTHC Index: dossiers + period + catalog → the QĐ 766 index estimated from them, with the dossiers that cost points. */
export class TthcIndex implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Index',
    name: 'tthcIndex',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: '={{ $parameter["period"] }}',
    description:
      'Ước tính chỉ số QĐ 766 và hồ sơ làm mất điểm / Estimate the QĐ 766 service index and the dossiers that cost points (use calendar months, quarters or years)',
    defaults: { name: 'TTHC Index' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    properties: [
      ...periodProperties,
      ...catalogProperties,
      {
        displayName: 'Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Add option',
        default: {},
        options: [
          {
            displayName: 'One Item per Unit',
            name: 'splitByUnit',
            type: 'boolean',
            default: false,
            description:
              'Whether to output one item per unit (each computed from its own dossiers) instead of one item for all the dossiers with the per-unit breakdown inside (byUnit)',
          },
          datasetPropertyOption,
        ],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    try {
      const options = this.getNodeParameter('options', 0, {}) as { splitByUnit?: boolean; datasetPropertyName?: string };
      // The period first: a wrong period should not wait for a large dataset (as in the CLI).
      const period = periodFromParameters(this, 0);
      const catalog = await catalogFromParameters(this, items);
      const { dossiers } = await collectDossiers(this, items, options.datasetPropertyName?.trim() || DATASET_PROPERTY);
      const paired = pairedWith(items.flatMap((item, i) => (isErrorItem(item) ? [] : [i])));
      const index = computeServiceIndex(dossiers, { period, ...(catalog ? { catalog } : {}) });
      if (!options.splitByUnit || index.byUnit.length === 0) {
        return [[{ json: index as unknown as IDataObject, pairedItem: paired }]];
      }
      const shared = { period: index.period, periodKind: index.periodKind, formulaVersion: index.formulaVersion, warnings: index.warnings };
      return [index.byUnit.map((u) => ({ json: { ...shared, ...u } as unknown as IDataObject, pairedItem: paired }))];
    } catch (error) {
      const nodeError = toNodeError(this.getNode(), error);
      if (!this.continueOnFail()) throw nodeError;
      return [[{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: 0 } }]];
    }
  }
}
