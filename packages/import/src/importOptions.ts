import type { WallDossier } from '@tthc/core';
import type { MappingSpec } from './presets/mappingSpec';
import type { ReaderLimits } from './_lib/limits';

/** Options of {@link importDossiers}. */
export interface ImportOptions {
  /** Keep the applicant's name (personal data). Default `false`: it is dropped on reading. */
  keepApplicant?: boolean;
  /**
   * Force the source instead of detecting it: `canonical`, `one-stop`, `portal`, `civil-status`,
   * or the path of a mapping file (`.yaml`, `.yml`, `.json`). Default: detected from the
   * headings or keys of each input.
   */
  source?: string;
  /** A mapping for any other system (column → field, value maps, date format); implies its source. */
  mapping?: MappingSpec;
  /** Caps against zip bombs and runaway cells; each has a safe default. */
  limits?: Partial<ReaderLimits>;
  /**
   * Scan a workbook's sheet on a second thread (a worker) while this one maps, validates and
   * stores the rows: `'auto'` (default) for workbook files whose sheet inflates to 8 MB or more
   * (about 20 000 rows), `true` for every workbook file, `false` never. Buffers are always read
   * on this thread. The results are the same either way.
   */
  worker?: boolean | 'auto';
  /**
   * What a file that cannot be read at all (corrupt, encrypted, no heading…) does: `'throw'`
   * (default) ends the import with its `InputError`; `'collect'` lists it in `failedInputs` and
   * imports the other files as if it had not been given (none of its rows count).
   */
  onInputError?: 'throw' | 'collect';
  /**
   * Called as rows are read (after each batch of rows, so a few hundred times for a large
   * export), with the rows read so far over all inputs and the file being read: pure data, for a
   * progress display. A file read again after another failed (`onInputError: 'collect'`) counts
   * from zero again.
   */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Called with each dossier as its code is first read (dates as wall milliseconds, as the store
   * holds them), once the batch of rows it came in is read (256 rows of a workbook, up to a few
   * thousand of other formats), in the order of the rows: figures tallied this way (`createMetricsTally` of
   * @tthc/core) need no second pass over the store. A code read again is merged into the dossier
   * stored and not passed on again, and a run again after a failed file (`onInputError:
   * 'collect'`) passes its dossiers again: the result's `passedOn` says whether what was passed on
   * is exactly the result's dossiers, each once, in their order.
   */
  onDossier?: (dossier: WallDossier) => void;
}

/** What {@link ImportOptions.onProgress} is told. */
export interface ImportProgress {
  /** Rows read so far, every input together (accepted, rejected and skipped alike). */
  rowsRead: number;
  /** The name of the input being read. */
  file: string;
}
