import { parseCommandArgs } from '../args';
import { formatIndexSummary } from '../indexSummary';
import type { Command } from '../io';
import { metricsArgs, metricsFromFiles, metricsRequestOf, serviceIndexOf } from '../loadInputs';

const usage =
  'tthc index --input F [--input F …] [--catalog F] --from YYYY-MM-DD --to YYYY-MM-DD [--source NAME] [--days-off F] [--json] [--no-progress]\n' +
  '  (chỉ số QĐ 766 tính theo tháng, quý, năm dương lịch; so sánh theo ngày / the QĐ 766 index uses calendar months, quarters, years; dates compared by day)';

/** `tthc index`: the QĐ 766 index estimated from the dossiers, as JSON or a Vietnamese summary. */
export const index766: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { ...metricsArgs, json: { type: 'boolean' } }, usage);
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const request = metricsRequestOf(values, positionals, usage);
  const inputs = await metricsFromFiles(request, io);
  const { metrics } = inputs;
  const index = serviceIndexOf(inputs);
  const { rows } = metrics;
  io.stderr(
    `Dòng dữ liệu / rows: đọc ${rows.read} = nhận ${rows.accepted} + loại ${rows.rejected} + bỏ qua ${rows.skipped}` +
      (rows.rejected > 0 ? ' (xem / see: tthc metrics --json)' : '') +
      (request.granularity && request.granularity !== 'date' ? '\n--granularity bỏ qua: chỉ số so sánh theo ngày / ignored: the index compares dates' : '') +
      '\n',
  );
  io.stdout(values.json ? `${JSON.stringify(index, null, 2)}\n` : formatIndexSummary(index));
  return 0;
};
