import type { IExecuteFunctions, NodeOperationError } from 'n8n-workflow';
import { n8nInputErrors } from './n8nErrors';
import { inputErrorFor } from './nodeError';

/** Node types whose "file selector" parameter is the glob the files were expected to match. */
const FILE_READERS = ['n8n-nodes-base.readWriteFile', 'n8n-nodes-base.readBinaryFiles'];

/**
 * The error of an import with nothing to read: no input item, or items without any binary file
 * (e.g. Read Files with "Always Output Data" that matched no file). Names what was expected: the
 * binary field, and the previous node with its file pattern when it is a Read Files node.
 */
export function noInputFileError(ctx: IExecuteFunctions, itemCount: number): NodeOperationError {
  const source = previousFileReader(ctx);
  const field = binaryFieldOf(ctx);
  const what =
    itemCount === 0
      ? { vi: 'không nhận được mục nào', en: 'received no input item' }
      : { vi: `nhận ${itemCount} mục đầu vào không có tệp nào`, en: `got ${itemCount} input item(s) without any file` };
  const from = source
    ? source.pattern
      ? {
          vi: ` Nút "${source.name}" không tìm thấy tệp nào khớp "${source.pattern}": kiểm tra đường dẫn và N8N_RESTRICT_FILE_ACCESS_TO.`,
          en: ` The node "${source.name}" matched no file for "${source.pattern}": check the path and N8N_RESTRICT_FILE_ACCESS_TO.`,
        }
      : { vi: ` Nút trước: "${source.name}".`, en: ` Previous node: "${source.name}".` }
    : { vi: '', en: '' };
  return inputErrorFor(ctx.getNode(), n8nInputErrors.no_input_file, {
    params: { whatVi: what.vi, whatEn: what.en, field, fromVi: from.vi, fromEn: from.en },
  });
}

/** A node right before this one: a Read Files node with its pattern if there is one, else the first. */
function previousFileReader(ctx: IExecuteFunctions): { name: string; pattern?: string } | undefined {
  try {
    const parents = ctx.getParentNodes(ctx.getNode().name, { includeNodeParameters: true, depth: 1 });
    const parent = parents.find((p) => FILE_READERS.includes(p.type)) ?? parents[0];
    if (!parent) return undefined;
    const selector = parent.parameters?.fileSelector;
    const pattern = FILE_READERS.includes(parent.type) && typeof selector === 'string' ? selector.replace(/^=/, '') : undefined;
    return pattern ? { name: parent.name, pattern } : { name: parent.name };
  } catch {
    // Older n8n or a test context without the workflow: the message stays without the source.
    return undefined;
  }
}

/** The node's "Input Binary Fields" (an expression may not resolve without an item: then `data`). */
function binaryFieldOf(ctx: IExecuteFunctions): string {
  try {
    return String(ctx.getNodeParameter('binaryPropertyName', 0, 'data')).trim() || 'data';
  } catch {
    return 'data';
  }
}
