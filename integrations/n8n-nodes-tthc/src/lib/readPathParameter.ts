import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

/**
 * Reads a file named by a node parameter through n8n's own file helpers, so that the
 * instance's `N8N_RESTRICT_FILE_ACCESS_TO` and `N8N_BLOCK_FILE_ACCESS_TO_N8N_FILES` apply.
 */
export async function readPathParameter(ctx: IExecuteFunctions, path: string, itemIndex: number): Promise<Buffer> {
  if (path.trim() === '') {
    throw new NodeOperationError(ctx.getNode(), 'Chưa nhập đường dẫn tệp. / No file path given.', { itemIndex });
  }
  const resolved = await ctx.helpers.resolvePath(path.trim());
  if (ctx.helpers.isFilePathBlocked(resolved)) {
    throw new NodeOperationError(
      ctx.getNode(),
      `Không được phép đọc tệp ${path} (xem N8N_RESTRICT_FILE_ACCESS_TO). / Access to ${path} is not allowed (see N8N_RESTRICT_FILE_ACCESS_TO).`,
      { itemIndex },
    );
  }
  try {
    return await ctx.helpers.binaryToBuffer(await ctx.helpers.createReadStream(resolved));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new NodeOperationError(ctx.getNode(), `${path}: không tìm thấy tệp / file not found`, { itemIndex });
    }
    throw error;
  }
}
