import { parseOnlineSplit } from '@tthc/core';
import { parseCommandArgs } from '../args';
import { indexSummaryLines } from '../indexSummary';
import { jsonPieces } from '../jsonPieces';
import type { Command } from '../io';
import { progressWanted, requestArgs, requestOf } from '../requestArgs';
import { periodWarningLines, runWithProgress } from '../run';
import { rowsLine } from '../summary';

const usage =
  'tthc index --input F [--input F …] [--catalog F] --from YYYY-MM-DD --to YYYY-MM-DD [--online-split A,B,C] [--source NAME] [--days-off F] [--json] [--no-progress]\n' +
  '  (chỉ số QĐ 766 tính theo tháng, quý, năm dương lịch; so sánh theo ngày / the QĐ 766 index uses calendar months, quarters, years; dates compared by day)\n' +
  '  --online-split 3,4,5: chia 12 điểm nhóm Dịch vụ công trực tuyến cho A, B, C (giả thuyết, chưa công bố; mặc định 2,4,6) /\n' +
  "    how the online group's 12 points split across A, B, C (a hypothesis, not published; default 2,4,6)";

/** What `--help` shows to run, from the repository's root. */
const examples = [
  'tthc index --input examples/hai-an/dossiers.jsonl --catalog examples/hai-an/catalog.csv --from 2025-12-01 --to 2025-12-31',
  'tthc index --input examples/hai-an/dossiers.jsonl --catalog examples/hai-an/catalog.csv --from 2025-10-01 --to 2025-12-31 --online-split 3,4,5 --json',
];

/** `tthc index`: the QĐ 766 index estimated from the dossiers, as JSON or a Vietnamese summary. */
export const index766: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { ...requestArgs, json: { type: 'boolean' }, 'online-split': { type: 'string' } }, usage, examples);
  const request = requestOf(values, positionals, usage);
  const split = values['online-split'] === undefined ? undefined : parseOnlineSplit(values['online-split']);
  const run = await runWithProgress(
    { ...request, serviceIndex: true, ...(split ? { serviceIndexAssumptions: { onlineSplit: split } } : {}) },
    io,
    progressWanted(values),
  );
  const index = run.serviceIndex!;
  io.stderr(
    rowsLine(run.accounting.rows) +
      (request.granularity && request.granularity !== 'date' ? '--granularity bỏ qua: chỉ số so sánh theo ngày / ignored: the index compares dates\n' : '') +
      periodWarningLines(run),
  );
  // Written as it goes: the list of the dossiers that cost points may be longer than a string may be.
  for (const piece of values.json ? jsonPieces(index) : indexSummaryLines(index)) io.stdout(piece);
  return 0;
};
