import { consoleIo } from './io';
import { runVerify } from './verifyCommand';

/** npm run -s verify: see verifyCommand.ts. */
process.exitCode = runVerify(process.argv.slice(2), consoleIo);
