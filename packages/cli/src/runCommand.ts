import { InputError, UsageError } from '@tthc/core';
import { HelpRequested } from './args';
import type { Command, CommandIo } from './io';

/**
 * Runs a command with the exit-code policy of the CLI: 0 success (rejected rows are reported, not
 * fatal), 1 invalid input, 2 usage error. User errors print their message only, never a stack.
 */
export async function runCommand(command: Command, args: string[], io: CommandIo): Promise<number> {
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout(error.text);
      return 0;
    }
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${error.help === undefined ? '' : `${error.help}\n`}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`Lỗi nội bộ, xin báo lại cho nhóm phát triển / internal error, please report it:\n${detail}\n`);
    return 1;
  }
}
