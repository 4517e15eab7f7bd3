import { InputError, validateDossier, type Dossier, type RowAccounting, type RowIssue, type SkippedRow, type WallDossier } from '@tthc/core';
import { DossierSet } from './_lib/dossierSet';
import { applyAssumptions } from './presets/assumptions';
import type { RowEvent } from './_lib/events';
import { openRows } from './_lib/openRows';
import { openSource } from './_lib/source';
import { defaultLimits } from './_lib/limits';
import { resolveForced } from './_lib/resolvePreset';
import type { FailedInput, ImportInput, ImportResult, InputAccounting } from './importResult';
import { sumRows } from './importAccounting';
import type { ImportOptions } from './importOptions';

/** What {@link importDossiersLazy} returns: the accounting, and the dossiers to read once or more. */
export interface LazyImportResult extends Omit<ImportResult, 'dossiers'> {
  /** The number of distinct dossiers. */
  dossierCount: number;
  /** The dossiers in the order their codes were first read, each rebuilt when reached. */
  dossiers(): IterableIterator<Dossier>;
  /**
   * The same dossiers with their date-times as wall milliseconds, as the store holds them: what
   * `computeMetrics` reads fastest (no date is formatted only to be parsed again).
   */
  wallDossiers(): IterableIterator<WallDossier>;
  /**
   * The dossiers as JSON Lines in UTF-8, in new buffers of about 256 kB: byte for byte the lines
   * `JSON.stringify(dossier) + '\n'` of {@link dossiers}, written straight from the store (the
   * fast way to write `dossiers.jsonl`).
   */
  jsonLines(): IterableIterator<Buffer>;
  /**
   * Whether `onDossier` (when given) was called exactly with {@link wallDossiers}, each once, in
   * their order: false when a code was read again (merged) or a file failed and the inputs were
   * read again (`onInputError: 'collect'`).
   */
  passedOn: boolean;
}

/**
 * Like {@link importDossiers}, but holds the dossiers in a compact column store and hands them
 * out one at a time: for large exports written straight to JSON Lines (what `tthc import` does),
 * at about a third of the memory of an array of dossiers.
 *
 * @param inputs - file paths or `{ name, data }` buffers
 * @param options - see {@link ImportOptions}
 * @returns the accounting and an iterator over the dossiers
 * @example
 * const result = await importDossiersLazy(['big-export.xlsx']);
 * for (const piece of result.jsonLines()) out.write(piece); // dossiers.jsonl
 * for (const dossier of result.dossiers()) use(dossier);
 */
export async function importDossiersLazy(inputs: readonly ImportInput[], options: ImportOptions = {}): Promise<LazyImportResult> {
  return run(inputs, options);
}

/** A file of the import that cannot be read at all: its index among the inputs, and the error. */
class FailedInputError extends Error {
  constructor(
    readonly index: number,
    readonly fileName: string,
    override readonly cause: InputError,
  ) {
    super(cause.message, { cause });
  }
}

/**
 * The import itself, shared by both faces. With `onInputError: 'collect'` a file that cannot be
 * read is listed and the import runs again without it, so that none of its rows count (a
 * broken file is usually refused as it is opened, so the second run is seldom long).
 */
async function run(inputs: readonly ImportInput[], options: ImportOptions): Promise<LazyImportResult> {
  const failed = new Map<number, FailedInput>();
  for (;;) {
    try {
      const result = await runOnce(inputs, failed, options);
      const failedInputs = [...failed].sort(([a], [b]) => a - b).map(([, f]) => f);
      return { ...result, failedInputs, passedOn: result.passedOn && failed.size === 0 };
    } catch (error) {
      if (!(error instanceof FailedInputError)) throw error;
      if (options.onInputError !== 'collect') throw error.cause;
      failed.set(error.index, { name: error.fileName, index: error.index, error: error.cause.message });
    }
  }
}

/** One pass over the inputs that have not failed; a file that cannot be read throws a {@link FailedInputError}. */
async function runOnce(
  inputs: readonly ImportInput[],
  failed: ReadonlyMap<number, FailedInput>,
  options: ImportOptions,
): Promise<Omit<LazyImportResult, 'failedInputs'>> {
  const set = new DossierSet();
  const rejected: RowIssue[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: RowIssue[] = [];
  const accounting: InputAccounting[] = [];
  // Dates stay wall milliseconds from the mapping to the store (wallDates): never formatted to be parsed again.
  const validateOptions = { keepApplicant: options.keepApplicant ?? false, wallDates: true as const };
  const forced = await resolveForced(options);
  const limits = { ...defaultLimits, ...options.limits };
  const onProgress = options.onProgress;
  const onDossier = options.onDossier;
  let merged = false; // whether a row's code was read before
  let readBefore = 0; // rows read in the inputs before this one (for onProgress)

  for (let index = 0; index < inputs.length; index++) {
    if (failed.has(index)) continue;
    const input = inputs[index] as ImportInput;
    try {
      accounting.push(await readInput(input));
    } catch (error) {
      if (error instanceof InputError) throw new FailedInputError(index, typeof input === 'string' ? input : input.name, error);
      throw error;
    }
  }

  /** Reads one input into the set and the lists; returns its accounting. */
  async function readInput(input: ImportInput): Promise<InputAccounting> {
    const source = await openSource(input);
    const stream = await openRows(source, forced, limits, validateOptions.keepApplicant, options.worker ?? 'auto');
    const rows: RowAccounting = { read: 0, accepted: 0, rejected: 0, skipped: 0 };
    set.beginInput(stream.sheet === undefined ? { file: source.name } : { file: source.name, sheet: stream.sheet });
    const tell = onProgress && (() => onProgress({ rowsRead: readBefore + rows.read, file: source.name }));
    // A batch of rows (256 of a workbook, a few hundred or thousand of other formats) at a time,
    // in three passes: rows to valid dossiers, dossiers into the set, new dossiers passed on.
    // Each pass runs its own code over the whole batch, which keeps that code's tables in the
    // processor's cache (a pass a row at a time took a third longer on a 1M-row export).
    const valid: WallDossier[] = [];
    const validRows: number[] = [];
    const fresh: WallDossier[] = [];
    for await (const batch of tell ? afterEach(stream.events, tell) : stream.events) {
      for (const event of batch) {
        if (event.kind === 'skip') {
          // A gap of rows left out of a sheet is one entry, however long: it costs no memory.
          const n = event.rows ?? 1;
          rows.read += n;
          rows.skipped += n;
          skipped.push(n === 1 ? { path: event.path, reason: event.reason } : { path: event.path, reason: event.reason, rows: n });
          continue;
        }
        rows.read++;
        if (event.kind === 'reject') {
          rows.rejected++;
          for (const issue of event.issues) rejected.push(issue);
          continue;
        }
        const assumed = applyAssumptions(event.record, event.path);
        const result = validateDossier(event.record, event.path, validateOptions);
        if (result.ok) {
          rows.accepted++;
          valid.push(result.dossier);
          validRows.push(event.path.row ?? 0);
          for (const w of assumed) warnings.push(withColumn(w, event));
          for (const w of result.warnings) warnings.push(withColumn(w, event));
        } else {
          rows.rejected++;
          for (const issue of result.issues) rejected.push(withColumn(issue, event));
        }
      }
      for (let k = 0; k < valid.length; k++) {
        const dossier = valid[k] as WallDossier;
        if (set.add(dossier, validRows[k] as number)) fresh.push(dossier);
        else merged = true;
      }
      if (onDossier) for (const dossier of fresh) onDossier(dossier);
      valid.length = 0;
      validRows.length = 0;
      fresh.length = 0;
    }
    readBefore += rows.read;
    return {
      name: source.name,
      source: stream.source,
      format: stream.format,
      ...(stream.sheet === undefined ? {} : { sheet: stream.sheet }),
      rows,
    };
  }

  return {
    dossierCount: set.size,
    dossiers: () => set.dossiers(),
    wallDossiers: () => set.wallDossiers(),
    jsonLines: () => set.jsonLines(),
    rows: sumRows(accounting.map((a) => a.rows)),
    inputs: accounting,
    rejected,
    skipped,
    warnings,
    conflicts: set.conflicts,
    passedOn: !merged,
  };
}

/** The batches of `source`, calling `after` once each has been handled (when the next is asked for). */
async function* afterEach<T>(source: AsyncIterable<T>, after: () => void): AsyncGenerator<T> {
  for await (const batch of source) {
    yield batch;
    after();
  }
}

/** Names the column heading of the issue's field, when the reader knows it. */
function withColumn(issue: RowIssue, event: Extract<RowEvent, { kind: 'record' }>): RowIssue {
  const column = issue.field === undefined ? undefined : event.columns?.[issue.field];
  if (column === undefined || issue.path.column !== undefined) return issue;
  return { ...issue, path: { ...issue.path, column } };
}
