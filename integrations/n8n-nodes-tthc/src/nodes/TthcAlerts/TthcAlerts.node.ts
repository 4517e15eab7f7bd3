import {
  NodeConnectionTypes,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { runReport } from '@tthc/report';
import { daysOffOption, daysOffRefs } from '../../lib/calendarOption';
import { DATASET_PROPERTY, datasetPropertyOption, isDatasetItem } from '../../lib/dataset';
import { datasetInputs } from '../../lib/datasetInputs';
import { DOCUMENTATION_URL } from '../../lib/docs';
import { pairedWith } from '../../lib/errorItem';
import { toNodeError } from '../../lib/nodeError';
import { n8nFiles } from '../../lib/readPathParameter';

/** TTHC Alerts: open dossiers overdue or due within N working days, one item each. */
export class TthcAlerts implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Alerts',
    name: 'tthcAlerts',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: '={{ "hạn trong " + $parameter["withinDays"] + " ngày làm việc / due within " + $parameter["withinDays"] + " working days" }}',
    description: 'Hồ sơ quá hạn hoặc sắp đến hạn / Open dossiers overdue or due within N working days',
    documentationUrl: DOCUMENTATION_URL,
    defaults: { name: 'TTHC Alerts' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    properties: [
      {
        displayName: 'Thời điểm chạy / Run Time',
        name: 'asOf',
        type: 'string',
        default: "={{ $now.setZone('Asia/Ho_Chi_Minh').toFormat(\"yyyy-MM-dd'T'HH:mm\") }}",
        placeholder: '2026-01-08T07:00',
        description:
          'Giờ Việt Nam dùng để so với hạn giải quyết; mặc định là bây giờ. / Local time in Viet Nam the deadlines are compared with; by default now.',
      },
      {
        displayName: 'Sắp đến hạn trong (ngày làm việc) / Due Within (Working Days)',
        name: 'withinDays',
        type: 'number',
        typeOptions: { minValue: 0 },
        default: 2,
        description:
          'Hồ sơ còn hạn trong số ngày làm việc này được báo "dueSoon", cùng hồ sơ quá hạn. / Open dossiers due within this many working days are reported as "dueSoon", besides the overdue ones.',
      },
      {
        displayName: 'Tùy chọn / Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Thêm tùy chọn / Add option',
        default: {},
        options: [
          {
            displayName: 'Kèm tên người nộp / Include Applicant Names',
            name: 'keepApplicant',
            type: 'boolean',
            default: false,
            description:
              'Có chép tên người nộp (dữ liệu cá nhân) vào cảnh báo không, khi bước nhập đã giữ. / Whether to copy the applicant (personal data) onto each alert, when the import kept it.',
          },
          {
            displayName: 'Kèm hồ sơ tạm dừng / Include Paused Dossiers',
            name: 'includePaused',
            type: 'boolean',
            default: false,
            description:
              'Có cảnh báo hồ sơ đang chờ công dân (yêu cầu bổ sung, nghĩa vụ tài chính) không. / Whether to alert on dossiers waiting for the citizen (supplement requested, financial obligation).',
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
      const { inputs, sources } = await datasetInputs(this, items, options.datasetPropertyName?.trim() || DATASET_PROPERTY);
      const run = await runReport(
        {
          inputs,
          daysOff: daysOffRefs(options.daysOffPath),
          keepApplicant: options.keepApplicant ?? false,
          alerts: { asOf, withinDays, includePaused: options.includePaused ?? false },
        },
        { files: n8nFiles(this), worker: false },
      );
      // Each alert paired with the item its dossier came from: its own item, else the datasets read.
      const itemOfCode = new Map(sources.filter((i) => !isDatasetItem(items[i]!)).map((i) => [String(items[i]!.json.code), i]));
      const datasets = pairedWith(sources.filter((i) => isDatasetItem(items[i]!)));
      return [
        (run.alerts ?? []).map((alert) => {
          const own = itemOfCode.get(alert.code);
          return { json: { ...alert, asOf } as unknown as IDataObject, pairedItem: own === undefined ? datasets : { item: own } };
        }),
      ];
    } catch (error) {
      const nodeError = toNodeError(this.getNode(), error);
      if (!this.continueOnFail()) throw nodeError;
      return [[{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: 0 } }]];
    }
  }
}
