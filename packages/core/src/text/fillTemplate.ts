const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** A param as text: a number as written, a list `a, b, c`; anything else (a nested note, an object) has no text here. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
  return undefined;
}

/**
 * Words one template of a catalog — the one function every kind of catalog (errors, notes,
 * warnings) is worded by: each `{name}` is replaced by `other(name)` when it gives a text (an
 * error's cause, a nested note, worded by the kind in the same language), else by `values.name`
 * (a text, a number, a list written `a, b, c`). A name with neither is left as `{name}` rather
 * than failing while reporting.
 *
 * @param template - one language's template of a catalog entry
 * @param values - the params (and, for an error, its path)
 * @param other - what the kind words itself; `undefined` to fall back on `values`
 * @returns the text
 * @example fillTemplate('Dữ liệu chỉ đến ngày {lastDate}', { lastDate: '12/01/2026' }) // 'Dữ liệu chỉ đến ngày 12/01/2026'
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, unknown>>,
  other?: (name: string) => string | undefined,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => other?.(name) ?? textOf(values[name]) ?? whole);
}
