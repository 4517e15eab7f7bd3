import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { computeMetrics, UNKNOWN_UNIT, type ComputeMetricsOptions, type Dossier, type Granularity } from '@tthc/core';
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

      const base: ComputeMetricsOptions = {
        period,
        ...(catalog ? { catalog } : {}),
        ...(options.granularity ? { granularity: options.granularity } : {}),
        calendar,
      };
      const groups = options.groupByUnit !== false ? groupByUnit(dossiers) : new Map<string | null, Dossier[]>([[null, dossiers]]);
      const out: INodeExecutionData[] = [];
      for (const [unit, group] of groups) {
        // The import's accounting belongs to all units together: it goes with a single group only.
        const accounting =
          summary && groups.size === 1
            ? { rows: summary.rows, rejected: summary.rejected, skipped: summary.skipped, warnings: [...summary.warnings, ...summary.conflicts] }
            : {};
        const metrics = computeMetrics(group, { ...base, ...accounting });
        out.push({ json: { unit, ...metrics } as unknown as IDataObject, pairedItem: paired });
      }
      return [out];
    } catch (error) {
      const nodeError = toNodeError(this.getNode(), error);
      if (!this.continueOnFail()) throw nodeError;
      return [[{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: 0 } }]];
    }
  }
}

/** Dossiers by unit, in order of first appearance; dossiers without a unit share one group. */
function groupByUnit(dossiers: readonly Dossier[]): Map<string | null, Dossier[]> {
  const groups = new Map<string | null, Dossier[]>();
  for (const d of dossiers) {
    const key = d.unit ?? null;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(d);
  }
  if (groups.size === 0) groups.set(null, []);
  // A lone group without a name keeps `unit: null`; several groups name the unnamed one as the core does.
  if (groups.size > 1 && groups.has(null)) {
    const unnamed = groups.get(null)!;
    groups.delete(null);
    groups.set(UNKNOWN_UNIT, unnamed);
  }
  return groups;
}
