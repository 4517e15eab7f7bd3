import type { INodeProperties } from 'n8n-workflow';
import { parseOnlineSplit, type ServiceIndexAssumptionsSetting } from '@tthc/core';

/** The "Deadline Granularity" option of the nodes that compute figures (TTHC Metrics, TTHC Render per ward). */
export const granularityOption: INodeProperties = {
  displayName: 'So hạn theo / Deadline Granularity',
  name: 'granularity',
  type: 'options',
  default: 'date',
  options: [
    { name: 'Theo ngày (mặc định) / Date (Default)', value: 'date' },
    { name: 'Ngày và giờ / Date and Time', value: 'datetime' },
    { name: 'Buổi sáng, chiều / Half-Day Sessions', value: 'halfDay' },
  ],
  description: 'Cách so thời điểm kết thúc với hạn giải quyết. / How an end time is compared with the due time.',
};

/** The "QĐ 766 Index" option of TTHC Metrics: the index of each item's dossiers, for a report whose profile shows it. */
export const serviceIndexOption: INodeProperties = {
  displayName: 'Kèm chỉ số QĐ 766 / Include the QĐ 766 Index',
  name: 'serviceIndex',
  type: 'boolean',
  default: false,
  description:
    'Có tính chỉ số QĐ 766 của mỗi mục (trường "serviceIndex") không, cho báo cáo có mục chỉ số (serviceIndex: true trong hồ sơ đơn vị). / ' +
    'Whether to compute the QĐ 766 index of each item (field "serviceIndex"), for a report whose profile turns its index section on (serviceIndex: true).',
};

/** The "One Item per Unit" option of TTHC Metrics and TTHC Index. */
export const groupByUnitOption: INodeProperties = {
  displayName: 'Mỗi đơn vị một mục / One Item per Unit',
  name: 'groupByUnit',
  type: 'boolean',
  default: true,
  description:
    'Bật: mỗi đơn vị (trường "unit") một mục, tính từ hồ sơ của riêng đơn vị; tắt: một mục cho tất cả. / ' +
    'On: one item per unit (the dossiers\' "unit" field), each computed from its own dossiers; off: one item for all.',
};

/** The "Online Split" option of TTHC Index and TTHC Metrics: how the QĐ 766 online group's 12 points split across A, B, C. */
export const onlineSplitOption: INodeProperties = {
  displayName: 'Chia điểm nhóm DVC trực tuyến / Online Group Split',
  name: 'onlineSplit',
  type: 'string',
  default: '',
  placeholder: '3,4,5',
  description:
    'Số điểm của các chỉ tiêu A, B, C nhóm Dịch vụ công trực tuyến, tổng 12 (ví dụ 3,4,5). Cách chia chưa được công bố: đây là giả thuyết, ghi trong chỉ số ("assumptions"); để trống: 2,4,6. / ' +
    'The points of the online-service group\'s indicators A, B, C, adding up to 12 (e.g. 3,4,5). The split is not published: a hypothesis, recorded in the index ("assumptions"); empty: 2,4,6.',
};

/**
 * The report request's index assumptions of the option's text (`3,4,5`); nothing when empty.
 *
 * @throws UsageError when the text is not three whole numbers ≥ 1 adding up to 12
 * @example onlineSplitAssumptions('3,4,5') // { serviceIndexAssumptions: { onlineSplit: { name: 'split-3-4-5', … } } }
 */
export function onlineSplitAssumptions(text: string | undefined): { serviceIndexAssumptions?: ServiceIndexAssumptionsSetting } {
  return text?.trim() ? { serviceIndexAssumptions: { onlineSplit: parseOnlineSplit(text) } } : {};
}
