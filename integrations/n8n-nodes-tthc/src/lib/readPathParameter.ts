import { type IExecuteFunctions } from 'n8n-workflow';
import { n8nInputErrors } from './n8nErrors';
import { inputErrorFor } from './nodeError';

/**
 * Reads a file named by a node parameter through n8n's own file helpers, so that the
 * instance's `N8N_RESTRICT_FILE_ACCESS_TO` and `N8N_BLOCK_FILE_ACCESS_TO_N8N_FILES` apply.
 */
export async function readPathParameter(ctx: IExecuteFunctions, path: string, itemIndex: number): Promise<Buffer> {
  if (path.trim() === '') {
    throw inputErrorFor(ctx.getNode(), n8nInputErrors.no_path, {}, itemIndex);
  }
  const resolved = await ctx.helpers.resolvePath(path.trim());
  if (ctx.helpers.isFilePathBlocked(resolved)) {
    throw inputErrorFor(ctx.getNode(), n8nInputErrors.path_blocked, { path: { file: path } }, itemIndex);
  }
  try {
    return await ctx.helpers.binaryToBuffer(await ctx.helpers.createReadStream(resolved));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw inputErrorFor(ctx.getNode(), n8nInputErrors.path_not_found, { path: { file: path } }, itemIndex);
    }
    throw error;
  }
}
