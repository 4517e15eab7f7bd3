/**
 * Splits one CSV line into cells (RFC 4180 quoting: `"a,b"`, `""` for a quote). For small files
 * such as catalogs; exports go through the streaming reader.
 */
export function parseCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q === -1) {
          value += line.slice(i);
          i = line.length;
          break;
        }
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const d = line.indexOf(delimiter, i);
      cells.push(value + (d === -1 ? line.slice(i) : line.slice(i, d)));
      if (d === -1) return cells;
      i = d + delimiter.length;
    } else {
      const d = line.indexOf(delimiter, i);
      if (d === -1) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, d));
      i = d + delimiter.length;
    }
  }
}
