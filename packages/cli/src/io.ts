import type { ProgressStream } from './progress';

/** Where a command writes; tests pass their own to capture output. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Where the progress line of long work is drawn (stderr); none when absent or not a terminal. */
  progress?: ProgressStream;
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr,
};

/** A sub-command of `tthc`: parses its own arguments and returns the exit code. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;
