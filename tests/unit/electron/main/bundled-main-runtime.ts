/**
 * Preloaded with `node --require` in front of the BUNDLED main process (dist/electron/main.cjs) by
 * index.test.ts, which bundles this file to CommonJS first. It answers `require('electron')` with
 * the shared fake (tests/mocks/fake-electron.ts) in its strict mode - privileged schemes and
 * switches before `ready`, sessions and protocol handlers after - and records every call made on
 * it. Then it drives one scenario (bundled-main-scenarios.ts), prints one line `RESULT <json>` and
 * exits.
 */
import { EventEmitter } from 'node:events';
import Module from 'node:module';
import { createFakeElectron, type SpyFactory } from '../../../mocks/fake-electron';
import { runScenario, type RecordedCall } from './bundled-main-scenarios';

const calls: RecordedCall[] = [];
const called = new EventEmitter();
const record: SpyFactory = (name, impl) =>
  ((...args: Parameters<typeof impl>) => {
    calls.push([name, ...args]);
    called.emit(name, ...args);
    return impl(...args);
  }) as typeof impl;

const electron = createFakeElectron({ spy: record, enforceLifecycle: true });

// Node's CommonJS loader: the bundle's `require('electron')` goes through it.
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

setImmediate(() =>
  runScenario(process.env.SMOKE_SCENARIO ?? 'smoke', { electron, calls, called }).then(
    (result) => {
      process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  ),
);
