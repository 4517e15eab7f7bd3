import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { DOCUMENTATION_URL } from '../lib/docs';

/** A remote signing service for TTHC Sign: its URL and token (the toolkit's protocol, docs/signing.md). */
export class TthcRemoteSigner implements ICredentialType {
  name = 'tthcRemoteSigner';
  displayName = 'TTHC dịch vụ ký số từ xa / TTHC Remote Signing Service';
  documentationUrl = DOCUMENTATION_URL;
  properties: INodeProperties[] = [
    {
      displayName: 'Địa chỉ ký / Signing URL',
      name: 'url',
      type: 'string',
      default: '',
      required: true,
      placeholder: 'https://ky-so.example.vn/tthc/sign',
    },
    {
      displayName: 'Mã truy cập / Token',
      name: 'token',
      type: 'string',
      typeOptions: { password: true },
      default: '',
      required: true,
    },
  ];
}
