export { DueAlert, findDueAlerts } from './findDueAlerts';
export type { FindDueAlertsOptions } from './findDueAlerts';
