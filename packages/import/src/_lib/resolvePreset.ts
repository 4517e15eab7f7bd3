import { readFile } from 'node:fs/promises';
import { InputError, UsageError } from '@tthc/core';
import { importInputErrors, importUsageErrors } from '../importErrors';
import { parse as parseYaml } from 'yaml';
import type { ImportOptions } from '../importOptions';
import { type Preset, presetFromMapping, presets } from '../presets/preset';

/** What `options.source` / `options.mapping` force: nothing, canonical records, or a preset. */
export type Forced = { kind: 'detect' } | { kind: 'canonical' } | { kind: 'preset'; preset: Preset };

/**
 * Resolves the forced source once for all inputs: a preset name, `canonical`, or the path of a
 * mapping file (`.yaml`, `.yml`, `.json`); `options.mapping` is an already parsed mapping.
 *
 * @throws UsageError for an unknown name, InputError for an unreadable mapping file
 */
export async function resolveForced(options: ImportOptions): Promise<Forced> {
  if (options.mapping !== undefined) return { kind: 'preset', preset: presetFromMapping(options.mapping, 'mapping') };
  const source = options.source;
  if (source === undefined || source === '' || source === 'auto') return { kind: 'detect' };
  if (source === 'canonical') return { kind: 'canonical' };
  const preset = presets[source];
  if (preset) return { kind: 'preset', preset };
  if (/\.(ya?ml|json)$/i.test(source)) {
    let text: string;
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      throw new InputError(importInputErrors.mapping_unreadable_file, { path: { file: source }, cause: error });
    }
    let spec: unknown;
    try {
      spec = /\.json$/i.test(source) ? JSON.parse(text) : parseYaml(text);
    } catch (error) {
      throw new InputError(importInputErrors.mapping_unparsable, { path: { file: source }, params: { detail: (error as Error).message }, cause: error });
    }
    return { kind: 'preset', preset: presetFromMapping(spec, source) };
  }
  throw new UsageError(importUsageErrors.unknown_source, { params: { source } });
}
