/** Caps that keep memory bounded on hostile or broken files. */
export interface ReaderLimits {
  /** Largest inflated size of one zip entry, in bytes. Default 2 GiB. */
  maxInflatedBytes: number;
  /** Largest inflated/compressed ratio of one zip entry. Default 200. */
  maxRatio: number;
  /** Longest cell or field, in characters. Default 32 767 (Excel's own limit). */
  maxCellLength: number;
  /**
   * Whether .xls files are converted by LibreOffice, a process of its own whose time and memory a
   * small hostile file can drive up. Default `true`; `false` refuses them (`legacy_refused`)
   * before any process starts: for files anyone may upload. (.ods files are read natively.)
   */
  convertLegacy: boolean;
}

export const defaultLimits: ReaderLimits = {
  maxInflatedBytes: 2 * 1024 ** 3,
  maxRatio: 200,
  maxCellLength: 32_767,
  convertLegacy: true,
};
