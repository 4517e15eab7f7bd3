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
} from './localTime';
