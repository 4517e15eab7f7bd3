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
import { periodFromParameters, periodOptions, periodProperties } from '../../lib/periodParameters';
import { periodWarnings } from '../../lib/periodWarnings';
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
          {
            displayName: 'So hạn theo / Deadline Granularity',
            name: 'granularity',
            type: 'options',
            default: 'date',
            options: [
              { name: 'Theo ngày (mặc định) / Date (Default)', value: 'date' },
              { name: 'Ngày và giờ / Date and Time', value: 'datetime' },
              { name: 'Buổi sáng, chiều / Half-Day Sessions', value: 'halfDay' },
            ],
            description: 'Cách so thời điểm kết thúc với hạn giải quyết. / How an end time is compared with the due time.',
          },
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
      const hints: string[] = [];
      for (const [unit, group] of groups) {
        // The import's accounting belongs to all units together: it goes with a single group only.
        const accounting =
          summary && groups.size === 1
            ? { rows: summary.rows, rejected: summary.rejected, skipped: summary.skipped, warnings: [...summary.warnings, ...summary.conflicts] }
            : {};
        const metrics = computeMetrics(group, { ...base, ...accounting });
        const warnings = periodWarnings(metrics, group);
        hints.push(...warnings.map((w) => `${unit ? `${unit}: ` : ''}${w.message.vi} / ${w.message.en}`));
        out.push({ json: { unit, ...metrics, periodWarnings: warnings } as unknown as IDataObject, pairedItem: paired });
      }
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
