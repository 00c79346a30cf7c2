import { consoleIo } from './io';
import { runSim } from './simCommand';

/** npm run -s sim: see simCommand.ts. */
process.exitCode = runSim(process.argv.slice(2), consoleIo);
