import {
  NodeConnectionTypes,
  type IBinaryKeyData,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeProperties,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { InputError, Metrics } from '@tthc/core';
import { type FileRef, mailHead, reportFromFigures } from '@tthc/report';
import { isErrorItem } from '../../lib/dataset';
import { errorItem } from '../../lib/errorItem';
import { DOCUMENTATION_URL } from '../../lib/docs';
import { toNodeError, inputErrorFor } from '../../lib/nodeError';
import { lastSegment, n8nFiles } from '../../lib/readPathParameter';
import { n8nInputErrors } from '../../lib/n8nErrors';

import { fileBinary, formatOf, type Format } from './formats';
import { historyCredentials, historyProperties } from '../../lib/historyParameters';
import { WARD_SOURCE, wardOf, wardProperties } from '../../lib/wardParameter';
import { UNIT_REPORT_KIND, renderUnits, shownInMode, unitsModeProperties } from './unitsMode';

const modeOptions = [
  {
    name: 'Một đơn vị / One Unit (From TTHC Metrics)',
    value: 'unit',
    description: 'Mỗi mục số liệu thành một báo cáo, theo hồ sơ đơn vị đã chọn. / Each TTHC Metrics item becomes one report, with the profile chosen below.',
  },
  {
    name: 'Mỗi phường theo bảng đơn vị / Every Ward of a Units Table (From TTHC Import)',
    value: 'units',
    description:
      'Bộ hồ sơ của cả thành phố → báo cáo của từng phường trong units.csv và bảng tổng hợp. / ' +
      "A city export's dataset → one report per ward of units.csv, and the city summary.",
  },
];

/** TTHC Render: the metrics of a unit + its profile → the report as DOCX, XLSX, Markdown, HTML binaries. */
export class TthcRender implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Render',
    name: 'tthcRender',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: '={{ ($parameter["mode"] === "units" ? "units.csv: " : "") + ($parameter["formats"] || []).join(", ") }}',
    description:
      'Lập báo cáo (DOCX, XLSX, Markdown, HTML) / Render the report from TTHC Metrics and the unit profile, or every ward\'s report of a city export',
    documentationUrl: DOCUMENTATION_URL,
    defaults: { name: 'TTHC Render' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    credentials: historyCredentials.map((c) => ({ ...c, displayOptions: { show: { ...c.displayOptions?.show, mode: ['units'] } } })),
    properties: [
      {
        displayName: 'Chế độ / Mode',
        name: 'mode',
        type: 'options',
        default: 'unit',
        options: modeOptions,
        description: 'Một báo cáo mỗi mục số liệu, hoặc mọi phường của một bảng đơn vị. / One report per metrics item, or every ward of a units table.',
      },
      ...(
        [
          {
            displayName: 'Hồ sơ đơn vị / Profile',
            name: 'profileSource',
            type: 'options',
            default: 'filePath',
            options: [
              { name: 'Đường dẫn tệp / File Path (YAML or JSON)', value: 'filePath' },
              { name: 'Tệp của mục đầu vào / Binary Field of the Input Item (YAML or JSON)', value: 'binary' },
              { name: 'Nhập JSON / JSON Parameter', value: 'json' },
              { name: 'Của phường đã chọn / The Chosen Ward\'s (Wards Folder)', value: WARD_SOURCE },
            ],
            description:
              'Cơ quan, nội dung cố định, nơi nhận, người ký (mẫu: examples/hai-an/profile.yaml). / ' +
              "The unit's profile: agency, narrative, recipients, signer (see examples/hai-an/profile.yaml).",
          },
          {
            displayName: 'Đường dẫn hồ sơ đơn vị / Profile File Path',
            name: 'profilePath',
            type: 'string',
            default: '',
            placeholder: '/data/tthc/hai-an/profile.yaml',
            displayOptions: { show: { profileSource: ['filePath'] } },
            description:
              'Có thể là biểu thức theo đơn vị, vd. /data/tthc/{{ $json.unit }}/profile.yaml. / May be an expression per unit, e.g. /data/tthc/{{ $json.unit }}/profile.yaml.',
          },
          {
            displayName: 'Trường tệp hồ sơ đơn vị / Profile Binary Field',
            name: 'profileBinaryProperty',
            type: 'string',
            default: 'profile',
            placeholder: 'profile',
            description: 'Trường nhị phân chứa tệp profile (YAML/JSON). / The binary field holding the profile file (YAML/JSON).',
            displayOptions: { show: { profileSource: ['binary'] } },
          },
          {
            displayName: 'Hồ sơ đơn vị (JSON) / Profile (JSON)',
            name: 'profileJson',
            type: 'json',
            default: '{}',
            description: 'Nội dung profile dạng JSON, cùng các trường như profile.yaml. / The profile as JSON, with the fields of profile.yaml.',
            displayOptions: { show: { profileSource: ['json'] } },
          },
          ...wardProperties('profileSource'),
        ] as INodeProperties[]
      ).map(shownInMode('unit')),
      {
        displayName: 'Định dạng / Formats',
        name: 'formats',
        type: 'multiOptions',
        default: ['docx', 'xlsx'],
        options: [
          { name: 'Báo cáo Word / Word Report (DOCX)', value: 'docx' },
          { name: 'Phụ lục Excel / Excel Annex (XLSX)', value: 'xlsx' },
          { name: 'Markdown', value: 'md' },
          { name: 'HTML', value: 'html' },
          { name: 'Báo cáo và phụ lục PDF / PDF Report and Annex (PDF/A, Needs LibreOffice)', value: 'pdf' },
        ],
        description:
          'Mỗi định dạng thành một trường nhị phân cùng tên (docx, xlsx, md, html; PDF: pdf và pdfAnnex, cần LibreOffice trên máy chủ n8n). / ' +
          'Each format becomes a binary field of the same name (docx, xlsx, md, html; PDF: pdf and pdfAnnex, which needs LibreOffice on the n8n server), ready for TTHC Send or Write Files.',
      },
      {
        displayName: 'Tùy chọn / Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Thêm tùy chọn / Add option',
        default: {},
        options: [
          {
            displayName: 'Tệp ghi chú kỳ / Period Notes File Path',
            name: 'notesPath',
            type: 'string',
            default: '',
            placeholder: '/data/tthc/hai-an/notes-2025-12-25_2026-01-07.yaml',
            description:
              'Tệp ghi chú (YAML/JSON) của kỳ; dùng khi ô bên dưới trống. / A notes file (YAML or JSON) for this period; used when the text below is empty.',
          },
          {
            displayName: 'Ghi chú kỳ / Period Notes (YAML or JSON)',
            name: 'notes',
            type: 'string',
            typeOptions: { rows: 6 },
            default: '',
            placeholder: 'documentNumber: 15\ndocumentDate: 2026-01-08',
            description:
              'Số, ngày văn bản và phần profile cần đổi trong kỳ này. / Document number and date, and any part of the profile to change for this period.',
          },
        ],
        displayOptions: { show: { mode: ['unit'] } },
      },
      ...unitsModeProperties,
      ...historyProperties.map(shownInMode('units')),
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    if (this.getNodeParameter('mode', 0, 'unit') === 'units') {
      try {
        const formats = this.getNodeParameter('formats', 0) as Format[];
        if (formats.length === 0) throw inputErrorFor(this.getNode(), n8nInputErrors.no_format, {});
        return [await renderUnits(this, formats)];
      } catch (error) {
        const nodeError = toNodeError(this.getNode(), error);
        if (!this.continueOnFail()) throw nodeError;
        return [[errorItem(nodeError, 0)]];
      }
    }
    const items = this.getInputData();
    const out: INodeExecutionData[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (isErrorItem(item)) continue;
      try {
        // A TTHC Metrics item: its figures (the index too, when Metrics was asked for it).
        if (!Metrics.safeParse(item.json).success) {
          throw inputErrorFor(this.getNode(), n8nInputErrors.not_metrics, { params: { item: i + 1 } }, i);
        }
        const formats = this.getNodeParameter('formats', i) as Format[];
        if (formats.length === 0) {
          throw inputErrorFor(this.getNode(), n8nInputErrors.no_format, {}, i);
        }
        // The index and the unit's history come with the figures when TTHC Metrics computed or kept them.
        const { serviceIndex, history } = item.json as { serviceIndex?: unknown; history?: unknown };
        const notes = notesRefOf(this, i);
        const made = reportFromFigures(
          {
            metrics: item.json as unknown as Metrics,
            ...(serviceIndex === undefined ? {} : { serviceIndex: serviceIndex as never }),
            ...(history === undefined ? {} : { history: history as never }),
            report: { profile: await profileRefOf(this, items, i), ...(notes ? { notes } : {}) },
            formats,
          },
          { files: n8nFiles(this, i) },
        );
        // The index comes with the figures when TTHC Metrics is asked for it: say where to ask.
        const { files, profile, mail } = await made.catch((error: unknown) => {
          if (error instanceof InputError && error.code === 'missing_service_index') {
            throw inputErrorFor(this.getNode(), n8nInputErrors.no_service_index, { params: { item: i + 1 } }, i);
          }
          throw error;
        });
        const binary: IBinaryKeyData = {};
        const names: Record<string, string> = {};
        for (const file of files) {
          const format = formatOf(file.name);
          binary[format] = await fileBinary(this, file.content, file.name, format);
          names[format] = file.name;
        }
        out.push({
          // `mail`: what TTHC Send mails (the binaries attached), each recipient once.
          json: { kind: UNIT_REPORT_KIND, unit: profile.unit.name, period: (item.json as unknown as Metrics).period, files: names, mail: mailHead(mail) as unknown as IDataObject },
          binary,
          pairedItem: { item: i },
        });
      } catch (error) {
        const nodeError = toNodeError(this.getNode(), error, i);
        if (!this.continueOnFail()) throw nodeError;
        out.push(errorItem(nodeError, i));
      }
    }
    return [out];
  }
}

/** The profile file of item `i`: a path (read through n8n's file helpers), an item's binary, or the JSON parameter. */
async function profileRefOf(ctx: IExecuteFunctions, items: readonly INodeExecutionData[], i: number): Promise<FileRef> {
  const source = ctx.getNodeParameter('profileSource', i) as string;
  if (source === 'binary') {
    const property = (ctx.getNodeParameter('profileBinaryProperty', i) as string).trim();
    const meta = items[i]!.binary?.[property];
    if (!meta) {
      throw inputErrorFor(ctx.getNode(), n8nInputErrors.no_profile_binary, { params: { item: i + 1, property } }, i);
    }
    return { name: meta.fileName ?? property, data: await ctx.helpers.getBinaryDataBuffer(i, property) };
  }
  if (source === WARD_SOURCE) {
    const { profile } = await wardOf(ctx, i);
    return { name: lastSegment(profile), path: profile };
  }
  if (source === 'json') {
    const raw = ctx.getNodeParameter('profileJson', i) as unknown;
    return { name: 'profile (JSON)', data: Buffer.from(typeof raw === 'string' ? raw : JSON.stringify(raw), 'utf8') };
  }
  const path = (ctx.getNodeParameter('profilePath', i) as string).trim();
  return { name: lastSegment(path), path };
}

/** The period's notes of item `i`: the text option, else the file option. */
function notesRefOf(ctx: IExecuteFunctions, i: number): FileRef | undefined {
  const { notes, notesPath } = ctx.getNodeParameter('options', i, {}) as { notes?: string; notesPath?: string };
  if (notes?.trim()) return { name: 'notes', data: Buffer.from(notes, 'utf8') };
  if (notesPath?.trim()) return { name: lastSegment(notesPath), path: notesPath.trim() };
  return undefined;
}
