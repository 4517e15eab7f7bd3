// Splits one CSV line into fields (RFC 4180 quoting: "a,b" and "" for a quote inside quotes).

export interface CsvField {
  value: string;
  /** 1-based column of the field's first character. */
  column: number;
}

/** Fields of one CSV line, or where an unterminated quote starts (1-based column, 0-based field index). */
export function splitCsvLine(line: string): { fields: CsvField[] } | { unterminatedQuoteAt: number; fieldIndex: number } {
  const fields: CsvField[] = [];
  let i = 0;
  for (;;) {
    const column = i + 1;
    let value = '';
    if (line[i] === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= line.length) return { unterminatedQuoteAt: column, fieldIndex: fields.length };
        if (line[j] === '"') {
          if (line[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += line[j];
        j += 1;
      }
      i = j + 1;
      while (i < line.length && line[i] !== ',') value += line[i++];
    } else {
      while (i < line.length && line[i] !== ',') value += line[i++];
    }
    fields.push({ value, column });
    if (i >= line.length) return { fields };
    i += 1; // the comma
  }
}
