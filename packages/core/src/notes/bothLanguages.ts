/**
 * A text in both languages on one line, as the toolkit prints every message: Vietnamese, then
 * English (an error's `message`, a warning on stderr, a reason in an n8n output).
 *
 * @param text - the two wordings (a worded note, a reported issue's `message`, a period warning's)
 * @returns `vi / en`
 * @example bothLanguages({ vi: 'Không có hồ sơ', en: 'No dossier' }) // 'Không có hồ sơ / No dossier'
 */
export function bothLanguages(text: { readonly vi: string; readonly en: string }): string {
  return `${text.vi} / ${text.en}`;
}
