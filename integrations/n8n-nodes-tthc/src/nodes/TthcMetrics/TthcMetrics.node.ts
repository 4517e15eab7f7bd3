import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { bothLanguages, type Granularity } from '@tthc/core';
import { historySummary, runReport } from '@tthc/report';
import { daysOffOption } from '../../lib/calendarOption';
import { catalogProperties } from '../../lib/catalogParameter';
import { datasetPropertyOption } from '../../lib/dataset';
import { figuresRequest } from '../../lib/figuresRequest';
import { historyCredentials, historyLocationOf, historyProperties } from '../../lib/historyParameters';
import { pairedWith } from '../../lib/errorItem';
import { toNodeError } from '../../lib/nodeError';
import { granularityOption, groupByUnitOption, onlineSplitAssumptions, onlineSplitOption, serviceIndexOption } from '../../lib/metricsParameters';
import { periodOptions, periodProperties } from '../../lib/periodParameters';
import { n8nFiles } from '../../lib/readPathParameter';
import { DOCUMENTATION_URL, optionLabelSubtitle } from '../../lib/docs';

/** TTHC Metrics: dossiers + period + catalog → the figures of the report, one item per unit. */
export class TthcMetrics implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Metrics',
    name: 'tthcMetrics',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: optionLabelSubtitle('period', periodOptions, { custom: '$parameter["from"] + " – " + $parameter["to"]' }),
    description: 'Tính số liệu kỳ báo cáo / Compute the period figures (received, resolved, in progress, online services)',
    documentationUrl: DOCUMENTATION_URL,
    defaults: { name: 'TTHC Metrics' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    credentials: historyCredentials,
    properties: [
      ...periodProperties,
      ...catalogProperties,
      ...historyProperties,
      {
        displayName: 'Tùy chọn / Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Thêm tùy chọn / Add option',
        default: {},
        options: [
          granularityOption,
          groupByUnitOption,
          serviceIndexOption,
          onlineSplitOption,
          daysOffOption,
          datasetPropertyOption,
        ],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    try {
      const options = this.getNodeParameter('options', 0, {}) as {
        granularity?: Granularity;
        groupByUnit?: boolean;
        serviceIndex?: boolean;
        onlineSplit?: string;
        daysOffPath?: string;
        datasetPropertyName?: string;
      };
      const assumptions = onlineSplitAssumptions(options.onlineSplit);
      const { request, sources } = await figuresRequest(this, items, options);
      const history = await historyLocationOf(this);
      const byUnit = options.groupByUnit !== false || history !== undefined;
      const run = await runReport(
        { ...request, byUnit, serviceIndex: options.serviceIndex === true, ...assumptions, ...(history ? { history } : {}) },
        { files: n8nFiles(this), worker: false },
      );
      const paired = pairedWith(sources);
      const units = byUnit
        ? (run.units ?? [])
        : [{ unit: null, metrics: run.metrics!, periodWarnings: run.periodWarnings, ...(run.serviceIndex ? { serviceIndex: run.serviceIndex } : {}) }];
      const hints: string[] = [];
      const out: INodeExecutionData[] = units.map(({ unit, metrics, periodWarnings, serviceIndex, history: h }) => {
        hints.push(...periodWarnings.map((w) => `${unit ? `${unit}: ` : ''}${bothLanguages(w.message)}`));
        if (h?.carriedOver?.warning) hints.push(bothLanguages(h.carriedOver.warning.message));
        const json = { unit, ...metrics, periodWarnings, ...(serviceIndex ? { serviceIndex } : {}), ...(h ? { history: historySummary(h) } : {}) };
        return { json: json as unknown as IDataObject, pairedItem: paired };
      });
      // The node's notice in the editor (output pane), besides the output field.
      if (hints.length > 0) this.addExecutionHints?.(...hints.map((message) => ({ message, type: 'warning' as const, location: 'outputPane' as const })));
      return [out];
    } catch (error) {
      const nodeError = toNodeError(this.getNode(), error);
      if (!this.continueOnFail()) throw nodeError;
      return [[{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: 0 } }]];
    }
  }
}
