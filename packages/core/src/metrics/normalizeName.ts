/** A procedure name folded for matching: NFC, lower case, single spaces. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
