import type { RowIssue, RowLocation, SkipReason } from '@tthc/core';

/**
 * What a reader + preset make of one row read: a record with canonical field names (still to be
 * validated by the core), a skipped row, or a rejected row with its issues.
 */
export type RowEvent =
  | {
      kind: 'record';
      path: RowLocation;
      record: Record<string, unknown>;
      /** The heading each canonical field was read from, to name the column in messages. */
      columns?: Readonly<Record<string, string>>;
    }
  | { kind: 'skip'; path: RowLocation; reason: SkipReason; /** Consecutive rows alike (a gap in a sheet's rows); 1 when absent. */ rows?: number }
  | { kind: 'reject'; issues: RowIssue[] };

/** A stream of row events and, once known, the source (preset) and sheet it was read as. */
export interface RowStream {
  format: 'jsonl' | 'json' | 'csv' | 'xlsx' | 'html' | 'xls' | 'ods';
  source: string;
  sheet?: string;
  /** Where the heading of a table was found and what it maps (set once detected; tables only). */
  heading?: HeadingFound;
  /** The events, in batches (one per chunk read). */
  events: AsyncIterable<Iterable<RowEvent>>;
}

/** The heading of a table as detected: its rows, each mapped heading, the headings left unread. */
export interface HeadingFound {
  rows: number[];
  columns: { heading: string; field: string }[];
  ignored: string[];
}
