// Working sessions of a day, as minutes after midnight.
import { InputError } from '../../errors';

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
    throw new InputError('Giờ làm việc trống: cần ít nhất một buổi. / Working hours are empty: expected at least one session.');
  }
  let previousEnd = 0;
  return sessions.map((s, i) => {
    const startMin = parseHourMinute(s.start);
    const endMin = parseHourMinute(s.end);
    if (startMin === undefined || endMin === undefined || startMin >= endMin || startMin < previousEnd) {
      throw new InputError(
        `Buổi làm việc thứ ${i + 1} không hợp lệ: '${s.start}'–'${s.end}' (cần HH:mm, giờ bắt đầu trước giờ kết thúc, các buổi theo thứ tự không chồng nhau). / ` +
          `Working session ${i + 1} is invalid: '${s.start}'–'${s.end}' (expected HH:mm, start before end, sessions in order without overlap).`,
      );
    }
    previousEnd = endMin;
    return { startMin, endMin };
  });
}
