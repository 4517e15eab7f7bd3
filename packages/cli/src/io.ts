/** Where a command writes; tests pass their own to capture output. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A sub-command of `tthc`: parses its own arguments and returns the exit code. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;
