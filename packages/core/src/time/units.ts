// domain.md §3 — every date-time is local Asia/Ho_Chi_Minh (UTC+7) wall-clock time.
// A wall-clock time is held as "wall milliseconds": the local fields read as if they were UTC.
// Arithmetic on them never consults the machine's time zone, so results are the same under any TZ.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
