import { UsageError } from '@tthc/core';
import { cliUsageErrors } from './cliErrors';
import { commands } from './commands/index';
import type { CommandIo } from './io';
import { runCommand } from './runCommand';

const usage = () =>
  [
    'tthc — báo cáo kết quả giải quyết thủ tục hành chính / TTHC report toolkit',
    '',
    'Cách dùng / usage: tthc <lệnh/command> [tùy chọn/options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'tthc <command> --help cho chi tiết / for details.',
  ].join('\n');

/** Entry point of `tthc`: dispatches to a sub-command and returns the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const entry = commands[name];
  if (!entry) {
    return runCommand(
      async () => {
        throw new UsageError(cliUsageErrors.unknown_command, { params: { command: name }, help: `\n${usage()}` });
      },
      rest,
      io,
    );
  }
  return runCommand(await entry.load(), rest, io);
}
