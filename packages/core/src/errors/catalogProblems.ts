import type { ErrorWording } from './errorWording';

const BRACES = /\{([^{}]*)\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * What is wrong with a catalog, for its tests: an entry whose kind or code is not its own, an
 * empty template, a `{…}` that is not a placeholder `formatError` fills (`{ name }`, `{a-b}`).
 *
 * @param catalog - a catalog made by `defineErrors`
 * @param kind - the kind its entries must have
 * @returns one line per problem; empty when the catalog is sound
 * @example catalogProblems(coreInputErrors, 'input') // []
 */
export function catalogProblems(catalog: Readonly<Record<string, ErrorWording>>, kind: string): string[] {
  const problems: string[] = [];
  for (const [code, entry] of Object.entries(catalog)) {
    if (entry.code !== code) problems.push(`${code}: its code is "${entry.code}"`);
    if (entry.kind !== kind) problems.push(`${code}: its kind is "${entry.kind}", not "${kind}"`);
    for (const lang of ['vi', 'en'] as const) {
      const template = entry[lang];
      if (typeof template !== 'string' || template.trim() === '') {
        problems.push(`${code}: no ${lang} template`);
        continue;
      }
      for (const [whole, name] of template.matchAll(BRACES)) {
        if (!NAME.test(name as string)) problems.push(`${code}.${lang}: "${whole}" is not a placeholder`);
      }
    }
  }
  return problems;
}
