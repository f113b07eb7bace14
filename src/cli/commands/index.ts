/** The command registry: one entry a command, each in its own file. */
import type { Command } from '../context';
import { analyzeCommand } from './analyze';
import { checkCommand } from './check';
import { reportCommand } from './report';
import { serveCommand } from './serve';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [validateCommand, checkCommand, analyzeCommand, reportCommand, serveCommand];
