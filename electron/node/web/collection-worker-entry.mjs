// Worker-thread entry for the web host (run through tsx, not bundled): a worker does not inherit
// tsx's loader, so it registers it and then runs the kiosk's TypeScript build worker, which reads
// `workerData` and posts to `parentPort` exactly as in Electron.
import { register } from 'tsx/esm/api';

register();
await import('../live-collection/collection-build-worker.ts');
