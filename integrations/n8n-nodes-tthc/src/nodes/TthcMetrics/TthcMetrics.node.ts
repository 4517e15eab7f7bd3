import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { computeMetrics, computeMetricsByUnit, type ComputeMetricsOptions, type Granularity } from '@tthc/core';
import { metricsAccountingOf } from '@tthc/import';
import { calendarFromOption, daysOffOption } from '../../lib/calendarOption';
import { catalogFromParameters, catalogProperties } from '../../lib/catalogParameter';
import { DATASET_PROPERTY, datasetPropertyOption, collectDossiers, isErrorItem } from '../../lib/dataset';
import { pairedWith } from '../../lib/errorItem';
import { toNodeError } from '../../lib/nodeError';
import { periodFromParameters, periodProperties } from '../../lib/periodParameters';

/** TTHC Metrics: dossiers + period + catalog → the figures of the report, one item per unit. */
export class TthcMetrics implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Metrics',
    name: 'tthcMetrics',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: '={{ $parameter["period"] }}',
    description: 'Tính số liệu kỳ báo cáo / Compute the period figures (received, resolved, in progress, online services)',
    defaults: { name: 'TTHC Metrics' },
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
            displayName: 'Deadline Granularity',
            name: 'granularity',
            type: 'options',
            default: 'date',
            options: [
              { name: 'Date (Default)', value: 'date' },
              { name: 'Date and Time', value: 'datetime' },
              { name: 'Half-Day Sessions', value: 'halfDay' },
            ],
            description: 'How an end time is compared with the due time',
          },
          {
            displayName: 'One Item per Unit',
            name: 'groupByUnit',
            type: 'boolean',
            default: true,
            description:
              'Whether to output one item per unit (the dossiers\' "unit" field), each with its own figures — an export that holds several wards gives one report each. Off: one item for all the dossiers, with the per-unit breakdown inside (byUnit).',
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
      // The period first: a wrong period should not wait for a large dataset (as in the CLI).
      const period = periodFromParameters(this, 0);
      const calendar = await calendarFromOption(this, options.daysOffPath, 0);
      const catalog = await catalogFromParameters(this, items);
      const { dossiers, summary } = await collectDossiers(this, items, options.datasetPropertyName?.trim() || DATASET_PROPERTY);
      const paired = pairedWith(items.flatMap((item, i) => (isErrorItem(item) ? [] : [i])));

      const request: ComputeMetricsOptions = {
        period,
        ...(catalog ? { catalog } : {}),
        ...(options.granularity ? { granularity: options.granularity } : {}),
        calendar,
        ...(summary ? metricsAccountingOf(summary) : {}),
      };
      const units =
        options.groupByUnit !== false ? computeMetricsByUnit(dossiers, request) : [{ unit: null, metrics: computeMetrics(dossiers, request) }];
      const out: INodeExecutionData[] = units.map(({ unit, metrics }) => ({
        json: { unit, ...metrics } as unknown as IDataObject,
        pairedItem: paired,
      }));
      return [out];
    } catch (error) {
      const nodeError = toNodeError(this.getNode(), error);
      if (!this.continueOnFail()) throw nodeError;
      return [[{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: 0 } }]];
    }
  }
}
