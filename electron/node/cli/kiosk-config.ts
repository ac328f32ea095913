/**
 * `npm run kiosk -- <command>` (`npm run kiosk-config -- <command>` too): the technician's tool.
 *   set-pin [--config PATH] [--pin-stdin]   hash a new admin PIN into the config (asked twice,
 *                                           without echo, on a terminal; or read from stdin)
 *   check-config [--config PATH]            show the config path, the values used and any problems
 *   keygen --out DIR                        write a publisher's key pair: DIR/publish.key (private,
 *                                           for the publishing machine only) and DIR/publish.pub
 *   insights [--config PATH]                where the visitor insights live, what leaves the kiosk,
 *                                           how to export and reset them
 * The config path is the same one the app uses: --config, then KIOSK_CONFIG, then the user-data folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearLockoutFile, lockoutFileBeside } from '../admin/lockout-file';
import { hashPin, PIN_PATTERN } from '../admin/pin';
import { defaultUserDataDir, loadConfig, resolveConfigPath, updateConfigField } from '../config/config-file';
import { writeKeyPair } from '../publish/signing-keys';
import { exitWhenFlushed, ignoreClosedPipes } from './exit-when-flushed';
import { insightsLines } from './insights-command';

/** What the CLI talks to; replaced in tests. */
export interface KioskConfigCliIo {
  env: Record<string, string | undefined>;
  userDataDir: string;
  /** Asks for a secret on the terminal without echo; null when there is no terminal. */
  askSecret: (prompt: string) => Promise<string | null>;
  readStdin: () => Promise<string>;
  print: (line: string) => void;
  printError: (line: string) => void;
}

const USAGE =
  'Usage: npm run kiosk -- set-pin [--config PATH] [--pin-stdin] | check-config [--config PATH] | keygen --out DIR | insights [--config PATH]';

async function readNewPin(argv: readonly string[], io: KioskConfigCliIo): Promise<string> {
  if (argv.includes('--pin-stdin')) return (await io.readStdin()).split(/\r?\n/)[0].trim();
  const first = await io.askSecret('New admin PIN (4-12 digits): ');
  if (first === null) throw new Error('No terminal to ask on: pipe the PIN in with --pin-stdin.');
  const second = await io.askSecret('Repeat the PIN: ');
  if (first !== second) throw new Error('The two PINs differ; nothing was changed.');
  return first;
}

/** Runs one CLI command; returns the process exit code. */
export async function runKioskConfigCli(argv: readonly string[], io: KioskConfigCliIo): Promise<number> {
  const [command] = argv;
  const file = resolveConfigPath(argv, io.env, io.userDataDir);
  try {
    if (command === 'keygen') {
      const at = argv.indexOf('--out');
      const dir = at === -1 ? undefined : argv[at + 1];
      if (!dir) throw new Error('Name the folder for the key pair with --out DIR.');
      const pair = await writeKeyPair(path.resolve(dir));
      io.print(
        `Wrote ${pair.privateFile} (private: keep it on the publishing machine only) and ${pair.publicFile} (key ${pair.id}: give it to every kiosk).`,
      );
      return 0;
    }
    if (command === 'set-pin') {
      const pin = await readNewPin(argv, io);
      if (!PIN_PATTERN.test(pin)) throw new Error('The PIN must be 4 to 12 digits; nothing was changed.');
      updateConfigField(file, 'adminPinHash', await hashPin(pin));
      // A new PIN starts with a clean lockout: without the file the pad would start locked.
      clearLockoutFile(lockoutFileBeside(file));
      io.print(`Admin PIN set in ${file}. Restart the kiosk for it to take effect.`);
      return 0;
    }
    if (command === 'insights') {
      // The user-data folder as the app finds it: KIOSK_USER_DATA moves it, and the config with it.
      const userDataDir = io.env.KIOSK_USER_DATA ? path.resolve(io.env.KIOSK_USER_DATA) : io.userDataDir;
      const config = loadConfig(resolveConfigPath(argv, io.env, userDataDir));
      for (const line of insightsLines({ userDataDir, config })) io.print(line);
      return 0;
    }
    if (command === 'check-config') {
      const loaded = loadConfig(file);
      io.print(`Config: ${file}${loaded.exists ? '' : ' (not found: defaults apply)'}`);
      const shown = { ...loaded.config, adminPinHash: loaded.config.adminPinHash ? '(set)' : null };
      io.print(JSON.stringify(shown, null, 2));
      for (const problem of loaded.problems) io.printError(`problem ${problem.field}: ${problem.message}`);
      return loaded.problems.length ? 1 : 0;
    }
    io.printError(USAGE);
    return 2;
  } catch (error) {
    io.printError(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/** Reads a line from a TTY in raw mode so the PIN is never shown. */
function askSecretOnTerminal(prompt: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.resolve(null);
  process.stdout.write(prompt);
  return new Promise((resolve) => {
    let text = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          input.off('data', onData);
          input.setRawMode(false);
          input.pause();
          process.stdout.write('\n');
          resolve(text);
          return;
        }
        if (char === '\u0003') {
          input.setRawMode(false);
          exitWhenFlushed(130);
          return;
        }
        if (char === '\u007f' || char === '\b') text = text.slice(0, -1);
        else text += char;
      }
    };
    input.on('data', onData);
  });
}

async function readAllStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ignoreClosedPipes();
  // exitCode, not exit(): the event loop ends once the output has been written out.
  runKioskConfigCli(process.argv.slice(2), {
    env: process.env,
    userDataDir: defaultUserDataDir(),
    askSecret: askSecretOnTerminal,
    readStdin: readAllStdin,
    print: (line) => console.log(line),
    printError: (line) => console.error(line),
  }).then((code) => {
    process.exitCode = code;
  });
}
