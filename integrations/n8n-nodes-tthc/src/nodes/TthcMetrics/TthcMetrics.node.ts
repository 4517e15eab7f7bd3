import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { computeMetrics, computeMetricsByUnit, laterDataDay, periodWarnings, type Dossier, type Granularity } from '@tthc/core';
import { daysOffOption } from '../../lib/calendarOption';
import { catalogProperties } from '../../lib/catalogParameter';
import { DATASET_PROPERTY, datasetPropertyOption, streamDossiers } from '../../lib/dataset';
import { pairedWith } from '../../lib/errorItem';
import { toNodeError } from '../../lib/nodeError';
import { granularityOption, figureParameters, withAccounting } from '../../lib/metricsParameters';
import { periodOptions, periodProperties } from '../../lib/periodParameters';
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
    properties: [
      ...periodProperties,
      ...catalogProperties,
      {
        displayName: 'Tùy chọn / Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Thêm tùy chọn / Add option',
        default: {},
        options: [
          granularityOption,
          {
            displayName: 'Mỗi đơn vị một mục / One Item per Unit',
            name: 'groupByUnit',
            type: 'boolean',
            default: true,
            description:
              'Bật: mỗi đơn vị (trường "unit") một mục, một báo cáo; tắt: một mục cho tất cả, chi tiết trong byUnit. / ' +
              'On: one item per unit (the dossiers\' "unit" field), one report each; off: one item for all, the breakdown in byUnit.',
          },
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
        daysOffPath?: string;
        datasetPropertyName?: string;
      };
      const figures = await figureParameters(this, items, options);
      // One pass over the dataset's JSON Lines, one dossier at a time (200k dossiers are never held
      // as objects): the figures, and the last data day of the dossiers as they go by.
      const { dossiers, sources, summary } = await streamDossiers(this, items, options.datasetPropertyName?.trim() || DATASET_PROPERTY);
      const paired = pairedWith(sources);
      const request = withAccounting(figures, summary);
      let lastDay: string | undefined;
      const watched: Iterable<Dossier> = {
        *[Symbol.iterator]() {
          for (const d of dossiers) {
            lastDay = laterDataDay(lastDay, d);
            yield d;
          }
        },
      };
      const units =
        options.groupByUnit !== false ? computeMetricsByUnit(watched, request) : [{ unit: null, metrics: computeMetrics(watched, request) }];
      const hints: string[] = [];
      const out: INodeExecutionData[] = units.map(({ unit, metrics }) => {
        const warnings = periodWarnings(metrics, lastDay);
        hints.push(...warnings.map((w) => `${unit ? `${unit}: ` : ''}${w.message.vi} / ${w.message.en}`));
        return { json: { unit, ...metrics, periodWarnings: warnings } as unknown as IDataObject, pairedItem: paired };
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
