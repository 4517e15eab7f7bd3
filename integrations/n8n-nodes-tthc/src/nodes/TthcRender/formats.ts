import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

export type Format = 'docx' | 'xlsx' | 'md' | 'html';

const mimeTypes: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown',
  html: 'text/html',
};

/** A rendered file as an n8n binary, named and typed by its format. */
export async function fileBinary(ctx: IExecuteFunctions, content: Uint8Array | string, fileName: string, format: Format): Promise<IBinaryData> {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return ctx.helpers.prepareBinaryData(data, fileName, mimeTypes[format]);
}

/** The format of a file name's extension (the units summary is `.xlsx`). */
export function formatOf(fileName: string): Format {
  return fileName.slice(fileName.lastIndexOf('.') + 1) as Format;
}
