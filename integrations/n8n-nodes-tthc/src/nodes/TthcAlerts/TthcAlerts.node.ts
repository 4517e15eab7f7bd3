import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { calendarFromOption, daysOffOption } from '../../lib/calendarOption';
import { DATASET_PROPERTY, datasetPropertyOption, collectDossiers } from '../../lib/dataset';
import { findDueAlerts } from '@tthc/core';
import { toNodeError } from '../../lib/nodeError';

/** TTHC Alerts: open dossiers overdue or due within N working days, one item each. */
export class TthcAlerts implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Alerts',
    name: 'tthcAlerts',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: '={{ "due within " + $parameter["withinDays"] + " working days" }}',
    description: 'Hồ sơ quá hạn hoặc sắp đến hạn / Open dossiers overdue or due within N working days',
    defaults: { name: 'TTHC Alerts' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    properties: [
      {
        displayName: 'Run Time',
        name: 'asOf',
        type: 'string',
        default: "={{ $now.setZone('Asia/Ho_Chi_Minh').toFormat(\"yyyy-MM-dd'T'HH:mm\") }}",
        placeholder: 'YYYY-MM-DDTHH:mm',
        description: 'Local time in Viet Nam the deadlines are compared with; by default now',
      },
      {
        displayName: 'Due Within (Working Days)',
        name: 'withinDays',
        type: 'number',
        typeOptions: { minValue: 0 },
        default: 2,
        description: 'Open dossiers due within this many working days are reported as "dueSoon", besides the overdue ones',
      },
      {
        displayName: 'Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Add option',
        default: {},
        options: [
          {
            displayName: 'Include Applicant Names',
            name: 'keepApplicant',
            type: 'boolean',
            default: false,
            description: 'Whether to copy the applicant (personal data) onto each alert, when the import kept it',
          },
          {
            displayName: 'Include Paused Dossiers',
            name: 'includePaused',
            type: 'boolean',
            default: false,
            description: 'Whether to alert on dossiers waiting for the citizen (supplement requested, financial obligation)',
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
        keepApplicant?: boolean;
        includePaused?: boolean;
        daysOffPath?: string;
        datasetPropertyName?: string;
      };
      const asOf = String(this.getNodeParameter('asOf', 0)).trim();
      const withinDays = this.getNodeParameter('withinDays', 0) as number;
      const calendar = await calendarFromOption(this, options.daysOffPath, 0);
      const { dossiers, sources } = await collectDossiers(this, items, options.datasetPropertyName?.trim() || DATASET_PROPERTY);
      const sourceOf = new Map(dossiers.map((d, k) => [d.code, sources[k]!]));
      const alerts = findDueAlerts(dossiers, {
        asOf,
        withinDays,
        calendar,
        includePaused: options.includePaused ?? false,
        keepApplicant: options.keepApplicant ?? false,
      });
      return [alerts.map((alert) => ({ json: { ...alert, asOf } as unknown as IDataObject, pairedItem: { item: sourceOf.get(alert.code) ?? 0 } }))];
    } catch (error) {
      const nodeError = toNodeError(this.getNode(), error);
      if (!this.continueOnFail()) throw nodeError;
      return [[{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: 0 } }]];
    }
  }
}
