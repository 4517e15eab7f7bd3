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
}
