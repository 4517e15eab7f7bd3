import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';
import type { RunFormat } from '@tthc/report';

/** A format the node can be asked for (the run's: DOCX, XLSX, Markdown, HTML, PDF). */
export type Format = RunFormat;

/** The binary field a file goes to: its format's name; the annex's PDF goes to `pdfAnnex`. */
export type BinaryField = Exclude<Format, 'pdf'> | 'pdf' | 'pdfAnnex';

const mimeTypes: Record<BinaryField, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  pdfAnnex: 'application/pdf',
};

/** A rendered file as an n8n binary, named and typed by its field. */
export async function fileBinary(ctx: IExecuteFunctions, content: Uint8Array | string, fileName: string, field: BinaryField): Promise<IBinaryData> {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return ctx.helpers.prepareBinaryData(data, fileName, mimeTypes[field]);
}

/** The binary field of a file, from its name: its extension (the units summary is `.xlsx`), the annex's PDF `pdfAnnex`. */
export function formatOf(fileName: string): BinaryField {
  if (/-phu-luc\.pdf$/i.test(fileName)) return 'pdfAnnex';
  return fileName.slice(fileName.lastIndexOf('.') + 1) as BinaryField;
}
