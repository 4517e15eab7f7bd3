import {
  UsageError,
  createWorkCalendar,
  daysOffForYear,
  formatLocalDateTime,
  parseLocalDateTime,
  solarToLunar,
} from '@tthc/core';
import { parseCommandArgs, usageHelp } from '../args';
import { cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';
import { readDaysOff } from '@tthc/report';

const usage = [
  'tthc calendar lunar YYYY-MM-DD [--json]',
  'tthc calendar holidays YEAR [--days-off F] [--json]',
  'tthc calendar add-working-days YYYY-MM-DDTHH:mm N [--days-off F] [--json]',
].join('\n       ');

/** What `--help` shows to run, from the repository's root. */
const examples = [
  'tthc calendar holidays 2026',
  'tthc calendar lunar 2026-02-17',
  'tthc calendar add-working-days 2026-02-13T08:00 5',
];

const kindLabels = { holiday: 'Ngày lễ', dayOff: 'Ngày nghỉ', makeUpWorkday: 'Làm bù' } as const;

/** `tthc calendar`: lunar dates, the year's days off, working-day arithmetic (domain.md §5). */
export const calendar: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, 'days-off': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    usage,
    examples,
  );
  const [sub, a, b] = positionals;
  const json = Boolean(values.json);
  const extraDays = await readDaysOff((values['days-off'] as string[] | undefined) ?? []);
  const out = (value: unknown, text: string) => io.stdout(json ? `${JSON.stringify(value)}\n` : `${text}\n`);

  if (sub === 'lunar' && a && positionals.length === 2) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a) || parseLocalDateTime(a) === undefined) {
      throw new UsageError(cliUsageErrors.invalid_date, { params: { value: a } });
    }
    const l = solarToLunar(a);
    out(l, `Ngày ${l.day} tháng ${l.month}${l.leap ? ' (nhuận)' : ''} năm ${l.year} âm lịch`);
    return 0;
  }
  if (sub === 'holidays' && a && positionals.length === 2) {
    if (!/^\d{4}$/.test(a)) throw new UsageError(cliUsageErrors.invalid_year, { params: { value: a } });
    const days = daysOffForYear(Number(a), extraDays).map(({ date, name, kind }) => ({ date, name, kind }));
    out(days, days.map((d) => `${d.date}  ${kindLabels[d.kind].padEnd(9)} ${d.name}`).join('\n'));
    return 0;
  }
  if (sub === 'add-working-days' && a && b && positionals.length === 3) {
    const start = /T\d{2}:\d{2}/.test(a) ? parseLocalDateTime(a) : undefined;
    if (start === undefined) {
      throw new UsageError(cliUsageErrors.invalid_date_time, { params: { value: a } });
    }
    if (!/^\d+$/.test(b)) throw new UsageError(cliUsageErrors.invalid_day_count, { params: { value: b } });
    const result = formatLocalDateTime(createWorkCalendar({ extraDays }).addWorkingDays(start, Number(b))).slice(0, 16);
    out({ result }, result);
    return 0;
  }
  throw new UsageError(cliUsageErrors.wrong_arguments, { help: usageHelp(usage) });
};
