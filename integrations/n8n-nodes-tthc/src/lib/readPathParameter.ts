import { type IExecuteFunctions, type ResolvedFilePath } from 'n8n-workflow';
import type { FileAccess } from '@tthc/report';
import { n8nInputErrors } from './n8nErrors';
import { inputErrorFor } from './nodeError';

/** The file name of a path (what messages name, never the server's folders). */
export function lastSegment(path: string): string {
  const trimmed = path.trim();
  return trimmed.split(/[\\/]/).pop() ?? trimmed;
}

/**
 * A path of a node parameter, resolved, once n8n's file-access rules (`N8N_RESTRICT_FILE_ACCESS_TO`,
 * `N8N_BLOCK_FILE_ACCESS_TO_N8N_FILES`) allow it; errors name the file, not its folder.
 */
export async function allowedPath(ctx: IExecuteFunctions, path: string, itemIndex: number, name = lastSegment(path)): Promise<ResolvedFilePath> {
  if (path.trim() === '') throw inputErrorFor(ctx.getNode(), n8nInputErrors.no_path, {}, itemIndex);
  const resolved = await ctx.helpers.resolvePath(path.trim());
  if (ctx.helpers.isFilePathBlocked(resolved)) throw inputErrorFor(ctx.getNode(), n8nInputErrors.path_blocked, { path: { file: name } }, itemIndex);
  return resolved;
}

/**
 * Reads a file named by a node parameter through n8n's own file helpers, so that the
 * instance's `N8N_RESTRICT_FILE_ACCESS_TO` and `N8N_BLOCK_FILE_ACCESS_TO_N8N_FILES` apply.
 * Errors name the file, not its folder.
 */
export async function readPathParameter(ctx: IExecuteFunctions, path: string, itemIndex: number, name = lastSegment(path)): Promise<Buffer> {
  const resolved = await allowedPath(ctx, path, itemIndex, name);
  try {
    return await ctx.helpers.binaryToBuffer(await ctx.helpers.createReadStream(resolved));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw inputErrorFor(ctx.getNode(), n8nInputErrors.path_not_found, { path: { file: name } }, itemIndex);
    }
    throw error;
  }
}

/** How a report run reads the files its request names by path: through n8n's file helpers. */
export function n8nFiles(ctx: IExecuteFunctions, itemIndex = 0): FileAccess {
  return { readFile: async (path, name) => new Uint8Array(await readPathParameter(ctx, path, itemIndex, name)) };
}
