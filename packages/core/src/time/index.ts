// One module reads and writes local dates and date-times for every package (domain.md §3).
export { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './units';
export { wallTime } from './wallTime';
export { parseLocalDateTime } from './parseLocalDateTime';
export { parseLocalDate } from './parseLocalDate';
export { toWall } from './toWall';
export { formatLocalDateTime } from './formatLocalDateTime';
export { formatLocalDate } from './formatLocalDate';
export { writeLocalDateTime } from './writeLocalDateTime';
export { formatViDate } from './formatViDate';
export { startOfDay } from './startOfDay';
export { dayOfWeek } from './dayOfWeek';
