import type { INodeProperties } from 'n8n-workflow';
import type { FileRef } from '@tthc/report';
import { lastSegment } from './readPathParameter';

/** The "Extra Days Off" option shared by Metrics and Alerts (same CSV as `tthc --days-off`). */
export const daysOffOption: INodeProperties = {
  displayName: 'Ngày nghỉ bổ sung (CSV) / Extra Days Off (CSV Path)',
  name: 'daysOffPath',
  type: 'string',
  default: '',
  placeholder: '/data/tthc/days-off-2027.csv',
  description:
    'CSV (date,kind,name) bổ sung lịch nghỉ chính thức, cho các năm gói chưa có. / A CSV of extra days (date,kind,name) added to the shipped official schedule, for years the package does not know yet.',
};

/** The report request's days-off files of the option (read by the run through n8n's file helpers). */
export function daysOffRefs(path: string | undefined): FileRef[] {
  return path?.trim() ? [{ name: lastSegment(path), path: path.trim() }] : [];
}
