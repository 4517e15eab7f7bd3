import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { runReport } from '@tthc/report';
import { daysOffOption } from '../../lib/calendarOption';
import { catalogProperties } from '../../lib/catalogParameter';
import { datasetPropertyOption } from '../../lib/dataset';
import { figuresRequest } from '../../lib/figuresRequest';
import { DOCUMENTATION_URL, optionLabelSubtitle } from '../../lib/docs';
import { pairedWith } from '../../lib/errorItem';
import { groupByUnitOption, onlineSplitAssumptions, onlineSplitOption } from '../../lib/metricsParameters';
import { toNodeError } from '../../lib/nodeError';
import { periodOptions, periodProperties } from '../../lib/periodParameters';
import { n8nFiles } from '../../lib/readPathParameter';

/** TTHC Index: dossiers + period + catalog → the QĐ 766 index estimated from them, with the dossiers that cost points. */
export class TthcIndex implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Index',
    name: 'tthcIndex',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: optionLabelSubtitle('period', periodOptions, { custom: '$parameter["from"] + " – " + $parameter["to"]' }),
    description:
      'Ước tính chỉ số QĐ 766 và hồ sơ làm mất điểm (tháng, quý, năm dương lịch) / Estimate the QĐ 766 service index and the dossiers that cost points (calendar months, quarters, years)',
    documentationUrl: DOCUMENTATION_URL,
    defaults: { name: 'TTHC Index' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    properties: [
      ...periodProperties,
      ...catalogProperties,
      {
        displayName: 'Tùy chọn / Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Thêm tùy chọn / Add option',
        default: {},
        options: [groupByUnitOption, onlineSplitOption, daysOffOption, datasetPropertyOption],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    try {
      const options = this.getNodeParameter('options', 0, {}) as { groupByUnit?: boolean; onlineSplit?: string; daysOffPath?: string; datasetPropertyName?: string };
      const assumptions = onlineSplitAssumptions(options.onlineSplit);
      const { request, sources } = await figuresRequest(this, items, options);
      const byUnit = options.groupByUnit !== false;
      const run = await runReport({ ...request, serviceIndex: true, ...assumptions, byUnit }, { files: n8nFiles(this), worker: false });
      const paired = pairedWith(sources);
      const units = byUnit ? (run.units ?? []) : [];
      if (units.length === 0) return [[{ json: { unit: null, ...run.serviceIndex } as unknown as IDataObject, pairedItem: paired }]];
      return [units.map((u) => ({ json: { unit: u.unit, ...u.serviceIndex } as unknown as IDataObject, pairedItem: paired }))];
    } catch (error) {
      const nodeError = toNodeError(this.getNode(), error);
      if (!this.continueOnFail()) throw nodeError;
      return [[{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: 0 } }]];
    }
  }
}
