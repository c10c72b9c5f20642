import { chmod, mkdir, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateKeyPair } from '../crypto/keys.js';

/** The files `recipro-receiver keygen` writes. */
export const PRIVATE_KEY_FILE = 'recipro-private-key.jwk.json';
export const PUBLIC_KEY_FILE = 'recipro-public-key.txt';

/** Where keygen writes what it says (the CLI: the console; a test: its own lists). */
export interface KeygenOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

const USAGE = 'Usage: recipro-receiver keygen [--out <dir>] [--force]';

/**
 * `recipro-receiver keygen [--out <dir>] [--force]`: makes a key pair for encrypted results.
 * Writes the private key (a P-256 JSON Web Key, file mode 0600) and the public key to `<dir>`
 * (default: the current folder), refusing to replace a private key unless `--force`; prints the
 * `submit-key` attribute to paste. Returns the exit code: 0 done, 1 refused or failed, 2 bad usage.
 */
export async function runKeygen(
  args: string[],
  output: KeygenOutput = { log: (line) => console.log(line), error: (line) => console.error(line) },
): Promise<number> {
  let dir = '.';
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--help' || arg === '-h') {
      output.log(USAGE);
      return 0;
    } else if (arg === '--out' && args[i + 1] && !args[i + 1]!.startsWith('--')) dir = args[++i]!;
    else if (arg.startsWith('--out=') && arg.length > 6) dir = arg.slice(6);
    else {
      output.error(arg === '--out' ? '--out needs a folder.' : `Unknown option: ${arg}`);
      output.error(USAGE);
      return 2;
    }
  }
  const privatePath = resolve(dir, PRIVATE_KEY_FILE);
  const publicPath = resolve(dir, PUBLIC_KEY_FILE);
  try {
    const pair = await generateKeyPair();
    await mkdir(resolve(dir), { recursive: true });
    if (force) await unlink(privatePath).catch(() => undefined);
    // `wx`: never replaces a file (nor follows a link planted there); the mode applies as it is created.
    await writeFile(privatePath, `${JSON.stringify(pair.privateKeyJwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    await chmod(privatePath, 0o600); // whatever the umask
    await writeFile(publicPath, `${pair.publicKey}\n`);
    output.log(`Private key: ${privatePath} (readable by you only)`);
    output.log(`Public key:  ${publicPath} (key id ${pair.keyId})`);
    output.log('');
    output.log('Add this attribute to each element that sends results (beside submit-url):');
    output.log('');
    output.log(`  submit-key="${pair.publicKey}"`);
    output.log('');
    output.log("Keep the private key OFF the server: results are encrypted in the reader's browser and only");
    output.log('this key opens them. Store it somewhere safe (a password manager) and paste it into the');
    output.log('dashboard when you read results. Lost, it cannot be recovered, nor can the results sealed to it.');
    return 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      output.error(`${privatePath} already exists: keygen does not replace a private key.`);
      output.error('Results sealed to it could no longer be opened. To make a new pair anyway, add --force.');
    } else output.error(`keygen failed: ${(error as Error).message}`);
    return 1;
  }
}
