// `recipro-receiver`: the command (built to dist/npm/server/bin.js with a #! line).
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
