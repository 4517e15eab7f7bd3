import type { IExecuteFunctions, INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { allowedPath } from './readPathParameter';

// The units' history (@tthc/history) as a node sets it: none, the embedded store at a path (one
// n8n process: main mode), or PostgreSQL through n8n's own Postgres credential (queue mode, several
// workers). The run reads and records it; the node only says where.

/** Where the history is kept: the node's top-level parameters. */
export const historyProperties: INodeProperties[] = [
  {
    displayName: 'Lịch sử / History',
    name: 'history',
    type: 'options',
    default: 'none',
    description:
      'Ghi số liệu từng đơn vị vào lịch sử, so sánh với kỳ trước, kiểm tra hồ sơ chuyển kỳ / Record each unit\'s figures, compare with the previous period, check the dossiers carried over',
    options: [
      { name: 'Không / None', value: 'none' },
      { name: 'Kho nhúng (một tiến trình n8n) / Embedded Store (One N8n Process)', value: 'embedded' },
      { name: 'PostgreSQL (Thông Tin Đăng Nhập Postgres) / PostgreSQL (Postgres Credential)', value: 'postgres' },
    ],
  },
  {
    displayName: 'Thư mục hoặc tệp lịch sử / History Folder or File',
    name: 'historyPath',
    type: 'string',
    default: '',
    placeholder: '/data/tthc/lich-su',
    description: 'Một thư mục (chứa tthc-history.sqlite) hoặc tệp .sqlite / A folder (holding tthc-history.sqlite) or a .sqlite file',
    displayOptions: { show: { history: ['embedded'] } },
  },
];

/** n8n's Postgres credential, asked for when the history is in PostgreSQL. */
export const historyCredentials: INodeCredentialDescription[] = [{ name: 'postgres', required: true, displayOptions: { show: { history: ['postgres'] } } }];

/** The `sslmode` of a connection URL for the credential's `ssl` and `allowUnauthorizedCerts`. */
function sslMode(ssl: unknown, allowUnauthorized: unknown): string | undefined {
  if (ssl === undefined || ssl === 'disable') return undefined;
  if (allowUnauthorized === true) return 'no-verify';
  return ssl === 'allow' ? 'prefer' : 'require';
}

/**
 * The history location of the node's parameters (`history` of the report request): the embedded
 * store's path, checked against the instance's file-access rules, or a `postgres://` URL made
 * from the credential; `undefined` for none.
 */
export async function historyLocationOf(ctx: IExecuteFunctions): Promise<string | undefined> {
  const kind = ctx.getNodeParameter('history', 0, 'none') as string;
  if (kind === 'embedded') {
    return allowedPath(ctx, ctx.getNodeParameter('historyPath', 0, '') as string, 0);
  }
  if (kind !== 'postgres') return undefined;
  const c = await ctx.getCredentials('postgres');
  const enc = (v: unknown) => encodeURIComponent(String(v ?? ''));
  const mode = sslMode(c.ssl, c.allowUnauthorizedCerts);
  return `postgres://${enc(c.user)}:${enc(c.password)}@${String(c.host ?? 'localhost')}:${Number(c.port ?? 5432)}/${enc(c.database)}${mode ? `?sslmode=${mode}` : ''}`;
}
