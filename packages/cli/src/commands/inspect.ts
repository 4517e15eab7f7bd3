import { UsageError } from '@tthc/core';
import { type Inspection, inspectInputs } from '@tthc/import';
import { parseCommandArgs, usageHelp } from '../args';
import { cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';

const usage = 'tthc inspect FILE [FILE …] [--source NAME|mapping.yaml] [--json]';

/** What `--help` shows to run, from the repository's root. */
const examples = [
  'tthc inspect examples/hai-an/exports/one-stop.xlsx examples/hai-an/exports/portal.json',
];

/** The inspection of one input as Vietnamese text (no personal data: headings, codes, counts). */
function text(i: Inspection): string {
  const lines = [`${i.file}: ${i.format}${i.sheet === undefined ? '' : `, trang "${i.sheet}"`}, nguồn ${i.source}`];
  if (i.heading) {
    lines.push(`  Dòng tiêu đề: ${i.heading.rows.join(', ')}`);
    for (const c of i.heading.columns) lines.push(`    "${c.heading}" → ${c.field}`);
    if (i.heading.ignored.length > 0) lines.push(`  Cột không đọc: ${i.heading.ignored.map((h) => `"${h}"`).join(', ')}`);
  }
  i.samples.forEach((s, k) => lines.push(`  Mẫu ${k + 1}: ${JSON.stringify(s)}`));
  const r = i.rows;
  lines.push(`  Đọc ${r.read} dòng = nhận ${r.accepted} + loại ${r.rejected} + bỏ qua ${r.skipped}`);
  for (const [code, n] of Object.entries(i.rejectedByCode)) lines.push(`  Loại: ${code} × ${n}`);
  for (const [code, n] of Object.entries(i.warningsByCode)) lines.push(`  Cảnh báo: ${code} × ${n}`);
  return `${lines.join('\n')}\n`;
}

/** `tthc inspect`: what the import makes of a new system's export, before trusting its figures. */
export const inspect: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { source: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    usage,
    examples,
  );
  if (positionals.length === 0) throw new UsageError(cliUsageErrors.no_file_given, { help: usageHelp(usage) });
  const source = values.source as string | undefined;
  const result = await inspectInputs(positionals, source ? { source } : {});
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : result.map(text).join('\n'));
  return 0;
};
