// The module's former single file, kept as a path for the files that still import it (alerts,
// metrics, serviceIndex: work of others in flight). New code imports the folder's index.ts.
export {
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  dayOfWeek,
  formatLocalDate,
  formatLocalDateTime,
  parseLocalDateTime,
  startOfDay,
  toWall,
} from './index';
