/** The command registry: one entry a command, each in its own file. */
import type { Command } from '../context';
import { analyzeCommand } from './analyze';
import { checkCommand } from './check';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { importCommand } from './import';
import { reportCommand } from './report';
import { serveCommand } from './serve';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [validateCommand, checkCommand, analyzeCommand, reportCommand, diffCommand, importCommand, exportCommand, serveCommand];
