import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { DOCUMENTATION_URL } from '../lib/docs';

/** A certificate and its key for TTHC Sign: a PKCS#12 file (.p12/.pfx) as Base64, and its password. */
export class TthcPkcs12 implements ICredentialType {
  name = 'tthcPkcs12';
  displayName = 'TTHC chứng thư số PKCS#12 / TTHC PKCS#12 Certificate';
  documentationUrl = DOCUMENTATION_URL;
  properties: INodeProperties[] = [
    {
      displayName: 'Tệp .p12 (Base64) / .p12 File (Base64)',
      name: 'pkcs12',
      type: 'string',
      typeOptions: { password: true, rows: 4 },
      default: '',
      required: true,
      description: 'Nội dung tệp .p12/.pfx mã hóa Base64 (base64 -w0 chung-thu.p12) / The .p12/.pfx file encoded as Base64 (base64 -w0 cert.p12)',
    },
    {
      displayName: 'Mật khẩu / Password',
      name: 'password',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      description: 'Mật khẩu của tệp .p12 / The .p12 file\u2019s password',
    },
  ];
}
