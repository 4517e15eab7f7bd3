// Working sessions of a day, as minutes after midnight.
import { InputError, coreInputErrors } from '../../errors/index';

/** A working session as minutes after midnight, `startMin` < `endMin`. */
export interface SessionMinutes {
  startMin: number;
  endMin: number;
}

const HH_MM = /^(\d{2}):(\d{2})$/;

/** Minutes after midnight of `HH:mm` (00:00–24:00), or `undefined`. */
export function parseHourMinute(text: string): number | undefined {
  const m = HH_MM.exec(typeof text === 'string' ? text.trim() : '');
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : undefined;
}

/** Checks and converts working sessions: `HH:mm`, each start before its end, in order, not overlapping. */
export function parseSessions(sessions: readonly { start: string; end: string }[]): SessionMinutes[] {
  if (sessions.length === 0) {
    throw new InputError(coreInputErrors.empty_working_hours, { path: { key: 'workingHours' } });
  }
  let previousEnd = 0;
  return sessions.map((s, i) => {
    const startMin = parseHourMinute(s.start);
    const endMin = parseHourMinute(s.end);
    if (startMin === undefined || endMin === undefined || startMin >= endMin || startMin < previousEnd) {
      throw new InputError(coreInputErrors.invalid_working_session, {
        path: { key: `workingHours.${i}` },
        params: { index: i + 1, start: String(s.start), end: String(s.end) },
      });
    }
    previousEnd = endMin;
    return { startMin, endMin };
  });
}
