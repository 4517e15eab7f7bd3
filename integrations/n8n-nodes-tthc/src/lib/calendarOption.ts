import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { createWorkCalendar, parseDaysOffCsv, type WorkCalendar } from '@tthc/core';
import { readPathParameter } from './readPathParameter';

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

/** The work calendar of the core, with the extra days off of the option when given. */
export async function calendarFromOption(ctx: IExecuteFunctions, path: string | undefined, itemIndex: number): Promise<WorkCalendar> {
  if (!path?.trim()) return createWorkCalendar();
  const text = (await readPathParameter(ctx, path, itemIndex)).toString('utf8');
  return createWorkCalendar({ extraDays: parseDaysOffCsv(text, path.trim()) });
}
