import {
  NodeConnectionTypes,
  type IBinaryData,
  type IDataObject,
  type IExecuteFunctions,
  type INodeExecutionData,
  type INodeType,
  type INodeTypeDescription,
} from 'n8n-workflow';
import { type PdfSigner, type SignRole, pkcs12Signer, readSigningProfile, remoteSigner, signPdf } from '@tthc/report';
import { isErrorItem } from '../../lib/dataset';
import { binaryPropertiesOf } from '../../lib/binaryFiles';
import { DOCUMENTATION_URL } from '../../lib/docs';
import { errorItem } from '../../lib/errorItem';
import { toNodeError } from '../../lib/nodeError';
import { lastSegment, n8nFiles } from '../../lib/readPathParameter';

/**
 * TTHC Sign: the PDFs of TTHC Render (binary fields `pdf`, `pdfAnnex`) signed as the signer or
 * the organisation (PAdES, `signPdf` of @tthc/report), each appearance where Nghị định 30/2020
 * Phụ lục I puts it; the key from a PKCS#12 credential or a remote signing service. The items
 * keep their JSON (the `mail` TTHC Send needs) with the PDFs replaced by the signed ones.
 */
export class TthcSign implements INodeType {
  description: INodeTypeDescription = {
    displayName: 'TTHC Sign',
    name: 'tthcSign',
    icon: 'file:tthc.svg',
    group: ['transform'],
    version: 1,
    subtitle: '={{ $parameter["role"] }}',
    description: 'Ký số báo cáo, phụ lục PDF (PAdES, Nghị định 30/2020) / Sign the report and annex PDFs (PAdES, Nghị định 30/2020)',
    documentationUrl: DOCUMENTATION_URL,
    defaults: { name: 'TTHC Sign' },
    inputs: [NodeConnectionTypes.Main],
    outputs: [NodeConnectionTypes.Main],
    credentials: [
      { name: 'tthcPkcs12', required: true, displayOptions: { show: { signerType: ['pkcs12'] } } },
      { name: 'tthcRemoteSigner', required: true, displayOptions: { show: { signerType: ['remote'] } } },
    ],
    properties: [
      {
        displayName: 'Ký với vai trò / Role',
        name: 'role',
        type: 'options',
        options: [
          { name: 'Cơ quan, tổ chức (con dấu) / Organisation (Seal)', value: 'organisation' },
          { name: 'Người có thẩm quyền / Signer', value: 'signer' },
        ],
        default: 'organisation',
        description: 'Phụ lục chỉ do cơ quan ký / An annex is signed by the organisation only',
      },
      {
        displayName: 'Khóa ký / Signing Key',
        name: 'signerType',
        type: 'options',
        options: [
          { name: 'Tệp PKCS#12 (.p12) / PKCS#12 File', value: 'pkcs12' },
          { name: 'Dịch vụ ký từ xa / Remote Signing Service', value: 'remote' },
        ],
        default: 'pkcs12',
        description:
          'Khóa của cơ quan trong tệp .p12, hoặc dịch vụ ký từ xa (người ký duyệt trên điện thoại) / The key in a .p12 file, or a remote signing service (the signer approves on a phone)',
      },
      {
        displayName: 'Tệp PDF cần ký / PDF Fields',
        name: 'binaryProperties',
        type: 'string',
        default: 'pdf,pdfAnnex',
        placeholder: 'pdf,pdfAnnex',
        description: 'Trường nhị phân chứa PDF, cách nhau bằng dấu phẩy (TTHC Render: pdf, pdfAnnex) / The binary fields holding the PDFs, comma-separated (TTHC Render: pdf, pdfAnnex)',
      },
      {
        displayName: 'Đường dẫn hồ sơ đơn vị / Profile Path',
        name: 'profilePath',
        type: 'string',
        default: '',
        placeholder: '/data/tthc/hai-an/profile.yaml',
        description:
          'Hồ sơ đơn vị: hình chữ ký, con dấu (signing) và ký hiệu văn bản / The unit profile: the signature and seal images (signing) and the document symbol',
      },
      {
        displayName: 'Tùy chọn / Options',
        name: 'options',
        type: 'collection',
        placeholder: 'Thêm tùy chọn / Add option',
        default: {},
        options: [
          {
            displayName: 'Đường dẫn ghi chú kỳ / Notes Path',
            name: 'notesPath',
            type: 'string',
            default: '',
            placeholder: '/data/tthc/hai-an/notes-2025-12-25_2026-01-07.yaml',
            description: 'Ghi chú kỳ báo cáo: số văn bản cho chữ ký trên phụ lục / The period notes: the document number for the annex signature',
          },
          {
            displayName: 'Số, ký hiệu / Document Number',
            name: 'documentNumber',
            type: 'string',
            default: '',
            placeholder: '15/BC-UBND',
            description: 'Ghi trên chữ ký của cơ quan ở phụ lục (thay cho hồ sơ + ghi chú) / Shown by the organisation signature on an annex (instead of profile + notes)',
          },
          {
            displayName: 'Máy chủ dấu thời gian / Time-Stamp URL',
            name: 'timestampUrl',
            type: 'string',
            default: '',
            placeholder: 'https://tsa.example.vn/tsr',
            description: 'Máy chủ RFC 3161: chữ ký có dấu thời gian / An RFC 3161 server: the signature gets a time-stamp',
          },
        ],
      },
    ],
  };

  async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
    const items = this.getInputData();
    const out: INodeExecutionData[] = [];
    let signer: PdfSigner | undefined;
    for (const [i, item] of items.entries()) {
      if (isErrorItem(item)) {
        out.push(item);
        continue;
      }
      try {
        signer ??= await signerOf(this);
        const role = this.getNodeParameter('role', i) as SignRole;
        const { notesPath, documentNumber, timestampUrl } = this.getNodeParameter('options', i, {}) as Record<string, string | undefined>;
        const profilePath = String(this.getNodeParameter('profilePath', i, '')).trim();
        const notes = notesPath?.trim() ? { name: lastSegment(notesPath), path: notesPath.trim() } : undefined;
        const unit = await readSigningProfile(profilePath ? { name: lastSegment(profilePath), path: profilePath } : undefined, {
          ...(notes ? { notes } : {}),
          ...(documentNumber ? { documentNumber } : {}),
          files: n8nFiles(this, i),
        });
        const binary: Record<string, IBinaryData> = { ...item.binary };
        const signatures: IDataObject[] = [];
        for (const property of binaryPropertiesOf(this, item, i, String(this.getNodeParameter('binaryProperties', i)))) {
          const meta = binary[property] as IBinaryData;
          const name = meta.fileName ?? `${property}.pdf`;
          const signed = await signPdf(
            { name, content: new Uint8Array(await this.helpers.getBinaryDataBuffer(i, property)) },
            { role, signer, signingTime: new Date(), ...unit, ...(timestampUrl?.trim() ? { timestampUrl: timestampUrl.trim() } : {}) },
          );
          binary[property] = await this.helpers.prepareBinaryData(Buffer.from(signed.pdf), name, 'application/pdf');
          signatures.push({ property, file: name, kind: signed.kind, role, field: signed.field, page: signed.page });
        }
        out.push({ json: { ...item.json, signatures: [...((item.json.signatures as IDataObject[] | undefined) ?? []), ...signatures] }, binary, pairedItem: { item: i } });
      } catch (error) {
        const nodeError = toNodeError(this.getNode(), error, i);
        if (!this.continueOnFail()) throw nodeError;
        out.push(errorItem(nodeError, i));
      }
    }
    return [out];
  }
}

/** The signer of the node's credential: a PKCS#12 file, or a remote service. */
async function signerOf(ctx: IExecuteFunctions): Promise<PdfSigner> {
  if (ctx.getNodeParameter('signerType', 0) === 'remote') {
    const remote = await ctx.getCredentials('tthcRemoteSigner');
    return remoteSigner({ url: String(remote.url ?? ''), token: String(remote.token ?? '') });
  }
  const p12 = await ctx.getCredentials('tthcPkcs12');
  return pkcs12Signer(new Uint8Array(Buffer.from(String(p12.pkcs12 ?? ''), 'base64')), String(p12.password ?? ''), 'PKCS#12');
}
