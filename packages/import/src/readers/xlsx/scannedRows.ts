import type { Cell } from '../../presets/mapRow';
import type { TableRow } from '../tableEvents';
import { OP_BOOL, OP_NUMBER, OP_ROW, OP_SHARED, OP_TEXT, type ScannedBatch } from './scanSheet';
import { MAX_COLUMNS, type SheetContext, UNREAD, fail } from './sheetContext';

/**
 * The rows of one scanned batch (about 1 500 rows), made {@link ROWS_AT_ONCE} at a time as they
 * are asked for: the cells that `parseCells` of `sheetRows.ts` would give — shared strings looked
 * up (or only told filled, in columns nobody maps), numbers, texts, booleans in their columns.
 * `done` is called when every row is made: the batch's buffers are no longer read.
 */
export function* scannedRows(batch: ScannedBatch, ctx: SheetContext, done?: () => void): Generator<TableRow[]> {
  let made: TableRow[] = [];
  const { ops, nums, texts } = batch;
  const n = ops.length;
  let i = 0;
  while (i < n) {
    const row = ops[i + 1] as number;
    i += 3;
    const cells: Cell[] = [];
    const wanted = ctx.wanted;
    const strings = ctx.strings;
    let firstFilled = MAX_COLUMNS;
    for (; i < n; i += 3) {
      const op = ops[i] as number;
      if (op === OP_ROW) break;
      const col = ops[i + 1] as number;
      const b = ops[i + 2] as number;
      if (op === OP_SHARED) {
        const index = b >= 0 ? b : (nums[-1 - b] as number);
        if (!(index < strings.size)) {
          fail(ctx, row, `ô ${col + 1} trỏ tới chuỗi dùng chung ${index} không có`, `cell ${col + 1} points to a missing shared string ${index}`);
        }
        if (wanted !== undefined && wanted[col] !== 1 && col > firstFilled && strings.surelyFilled(index)) {
          cells[col] = UNREAD;
          continue;
        }
        const s = strings.get(index) as string;
        cells[col] = s;
        if (s !== '' && col < firstFilled) firstFilled = col;
        continue;
      }
      if (op === OP_NUMBER) cells[col] = nums[b] as number;
      else if (op === OP_BOOL) cells[col] = b === 1;
      else if (op === OP_TEXT) cells[col] = texts[b] as string;
      const value = cells[col];
      if (value !== undefined && value !== '' && col < firstFilled) firstFilled = col;
    }
    if (made.push({ row, cells }) === ROWS_AT_ONCE) {
      yield made;
      made = [];
    }
  }
  if (made.length > 0) yield made;
  done?.();
}

/**
 * Rows made at a time, then taken through each step of the import before the next are made: few
 * enough that what they hold is gone before V8's young generation is next collected (a whole
 * batch at once made it keep about 30 MB more), many enough that each step's code stays hot.
 */
const ROWS_AT_ONCE = 256;
