import { UsageError } from '@tthc/core';
import { cliUsageErrors } from './cliErrors';
import { commands } from './commands/index';
import type { CommandIo } from './io';
import { runCommand } from './runCommand';
import { version } from '../package.json';

const usage = () =>
  [
    'tthc — báo cáo kết quả giải quyết thủ tục hành chính / TTHC report toolkit',
    '',
    'Cách dùng / usage: tthc <lệnh/command> [tùy chọn/options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'tthc <command> --help (hoặc tthc help <command>) cho chi tiết / for details; tthc --version.',
  ].join('\n');

/** Entry point of `tthc`: dispatches to a sub-command and returns the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  // `tthc help <command>` is `tthc <command> --help`.
  if (name === 'help' && rest[0] !== undefined && commands[rest[0]]) return main([rest[0], '--help'], io);
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
