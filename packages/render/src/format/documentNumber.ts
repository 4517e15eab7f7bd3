/** The document's number as printed: at least two digits ("05", "15"). */
export function formatDocumentNumber(number: number): string {
  return String(number).padStart(2, '0');
}

/**
 * "15/BC-UBND": the document's number and symbol (số, ký hiệu), as the organisation's signature
 * on an annex shows it; while the number is not given, blanks before the symbol ("    /BC-UBND"),
 * as the report's header leaves them.
 */
export function documentNumberAndSymbol(number: number | undefined, symbol: string): string {
  return `${number === undefined ? ' '.repeat(4) : formatDocumentNumber(number)}/${symbol}`;
}
