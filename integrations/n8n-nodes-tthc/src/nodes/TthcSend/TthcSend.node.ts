import {
  NodeConnectionTypes,
  NodeOperationError,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { bothLanguages } from '@tthc/core';
import { EmailAddress } from '@tthc/render';
import { DEFAULT_LEASE_SECONDS, type DispatchOutcome, type ReportMail, ReportMailHead, dispatchMails, smtpTransport } from '@tthc/report';
import { isErrorItem } from '../../lib/dataset';
import { addressesOf } from '../../lib/addressParameter';
import { DOCUMENTATION_URL } from '../../lib/docs';
import { errorItem } from '../../lib/errorItem';
import { historyCredentials, historyLocationOf, historyProperties } from '../../lib/historyParameters';
import { n8nInputErrors } from '../../lib/n8nErrors';
import { inputErrorFor, toNodeError } from '../../lib/nodeError';

/**
 * TTHC Send: the reports of TTHC Render (their `mail` and binaries) → one mail each, to the
 * recipients the history's dispatch ledger does not record as sent (`dispatchMails` of
 * @tthc/report). A repeated trigger, a retry or a run after a crash sends only what is missing;
 * each mail's Message-ID comes from its unit, period and report version.
 */
export class TthcSend implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Send',
    name: 'tthcSend',
    icon: 'file:tthc.svg',
    group: ['output'],
    version: 1,
    subtitle: '={{ $parameter["fromEmail"] }}',
    description: 'Gửi báo cáo qua thư, mỗi báo cáo một lần cho mỗi người nhận / Mail each report once to each recipient (dispatch ledger)',
    documentationUrl: DOCUMENTATION_URL,
    defaults: { name: 'TTHC Send' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    credentials: [{ name: 'smtp', required: true }, ...historyCredentials],
    properties: [
      {
        displayName: 'Thư gửi từ / From Email',
        name: 'fromEmail',
        type: 'string',
        default: '',
        required: true,
        placeholder: 'bao-cao@phuong.example.vn',
        description: 'Địa chỉ gửi; tên miền của nó đứng trong Message-ID / The sender; its domain ends each Message-ID',
      },
      {
        displayName: 'Người nhận / To Email',
        name: 'toEmail',
        type: 'string',
        default: '',
        placeholder: 'lanh-dao@phuong.example.vn',
        description:
          'Để trống: người nhận của từng báo cáo (emailRecipients trong hồ sơ đơn vị; văn phòng thành phố cho bảng tổng hợp). Nếu nhập (cách nhau bằng dấu phẩy): thay cho mọi báo cáo. / ' +
          "Empty: each report's own recipients (the profile's emailRecipients; the city office for the summary). Given (comma-separated): instead, for every report.",
      },
      {
        displayName: 'Thêm vào nội dung thư / Extra Text',
        name: 'extraText',
        type: 'string',
        typeOptions: { rows: 4 },
        default: '',
        placeholder: "Số dòng đã đọc: {{ $('TTHC Import').first().json.rows.read }}",
        description:
          'Đoạn văn thêm vào cuối nội dung thư của từng báo cáo (có thể dùng biểu thức); không đổi phiên bản báo cáo / ' +
          "A paragraph added to the end of each report's mail (expressions allowed); it does not change the report's version",
      },
      ...historyProperties.map((p) =>
        p.name === 'history'
          ? {
              ...p,
              default: 'embedded',
              description: 'Nơi giữ sổ gửi thư (trong kho lịch sử) / Where the dispatch ledger is kept (in the history store)',
              options: (p.options ?? []).filter((o) => 'value' in o && o.value !== 'none'),
            }
          : p,
      ),
      {
        displayName: 'Tùy chọn / Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Thêm tùy chọn / Add option',
        default: {},
        options: [
          {
            displayName: 'Gửi lại / Resend',
            name: 'resend',
            type: 'boolean',
            default: false,
            description: 'Gửi cho mọi người nhận, bất kể sổ gửi thư ghi gì / Whether to send to every recipient whatever the ledger says',
          },
          {
            displayName: 'Thời hạn giữ lượt gửi (giây) / Claim Lease (Seconds)',
            name: 'leaseSeconds',
            type: 'number',
            typeOptions: { minValue: 1 },
            default: DEFAULT_LEASE_SECONDS,
            description:
              'Một lần chạy chết khi đang gửi: lần chạy sau thời hạn này gửi thay / A run that dies while sending leaves its mails to the first run after this',
          },
        ],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    try {
      const from = String(this.getNodeParameter('fromEmail', 0)).trim();
      if (!EmailAddress.safeParse(from).success) throw inputErrorFor(this.getNode(), n8nInputErrors.invalid_recipient, { params: { address: from } });
      const to = addressesOf(this, 'toEmail', n8nInputErrors.invalid_recipient);
      const { resend, leaseSeconds } = this.getNodeParameter('options', 0, {}) as { resend?: boolean; leaseSeconds?: number };
      // Each report item's mail, its binaries attached in their order.
      const sent: { index: number; mail: ReportMail }[] = [];
      for (const [index, item] of items.entries()) {
        if (isErrorItem(item)) continue;
        const head = ReportMailHead.safeParse((item.json as { mail?: unknown }).mail);
        if (!head.success) {
          const issues = head.error.issues.map((i) => `${i.path.join('.') || 'mail'}: ${i.message}`).join('; ');
          throw inputErrorFor(this.getNode(), n8nInputErrors.not_report, { params: { item: index + 1, issues } }, index);
        }
        const attachments = [];
        for (const [key, meta] of Object.entries(item.binary ?? {})) {
          attachments.push({ name: meta.fileName ?? key, content: new Uint8Array(await this.helpers.getBinaryDataBuffer(index, key)) });
        }
        const extra = String(this.getNodeParameter('extraText', index, '')).trim();
        const text = extra === '' ? head.data.text : `${head.data.text}\n\n${extra}`;
        sent.push({ index, mail: { ...head.data, text, ...(to.length > 0 ? { recipients: to } : {}), attachments } });
      }
      const location = await historyLocationOf(this);
      if (location === undefined) throw inputErrorFor(this.getNode(), n8nInputErrors.no_history_for_send, {});
      const smtp = await this.getCredentials('smtp');
      const transport = smtpTransport({
        host: String(smtp.host ?? ''),
        port: Number(smtp.port ?? 587),
        secure: smtp.secure === true,
        disableStartTls: smtp.disableStartTls === true,
        allowUnauthorizedCerts: smtp.allowUnauthorizedCerts === true,
        ...(smtp.user ? { user: String(smtp.user), password: String(smtp.password ?? '') } : {}),
        ...(smtp.hostName ? { clientName: String(smtp.hostName) } : {}),
      });
      const { openHistory } = await import('@tthc/history');
      const store = await openHistory(location);
      let outcomes: DispatchOutcome[];
      try {
        outcomes = await dispatchMails(store, sent.map((s) => s.mail), transport, {
          from,
          resend: resend === true,
          ...(leaseSeconds ? { leaseSeconds } : {}),
        });
      } finally {
        transport.close?.();
        await store.close();
      }
      return [outputOf(this, sent, outcomes)];
    } catch (error) {
      const nodeError = toNodeError(this.getNode(), error);
      if (!this.continueOnFail()) throw nodeError;
      return [[errorItem(nodeError, 0)]];
    }
  }
}

/** One item per mail: what became of it. Mails not sent fail the node (after the others are sent and recorded), or become error items. */
function outputOf(ctx: IExecuteFunctions, sent: { index: number }[], outcomes: DispatchOutcome[]): INodeExecutionData[] {
  const out: INodeExecutionData[] = [];
  const notSent: string[] = [];
  outcomes.forEach((o, k) => {
    const index = (sent[k] as { index: number }).index;
    const json = { ...o, notes: o.notes.map((n) => bothLanguages(n)) } as unknown as IDataObject;
    for (const note of o.notes) if (note.code === 'dispatch_busy') ctx.addExecutionHints?.({ message: bothLanguages(note), type: 'warning', location: 'outputPane' });
    if (o.failed.length > 0) {
      const message = o.notes.filter((n) => n.code !== 'dispatch_busy').map((n) => bothLanguages(n)).join(' ');
      notSent.push(message);
      if (ctx.continueOnFail()) {
        out.push(errorItem(new NodeOperationError(ctx.getNode(), message, { itemIndex: index }), index, { unit: o.unit }));
        return;
      }
    }
    out.push({ json, pairedItem: { item: index } });
  });
  if (notSent.length > 0 && !ctx.continueOnFail()) {
    throw inputErrorFor(ctx.getNode(), n8nInputErrors.mails_not_sent, { params: { count: notSent.length, notes: notSent.join(' ') } });
  }
  return out;
}
