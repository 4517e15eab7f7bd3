export { main } from './main';
export { runCommand } from './runCommand';
export { commands } from './commands/index';
export type { Command, CommandIo } from './io';
