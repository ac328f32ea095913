import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { exportFilesSchema } from '../node/insights/export-folder';
import { isAppUrl } from '../node/security/navigation';
import type { KioskLogger } from '../node/storage/rotating-log';
import { DailySummaryListSchema } from '../shared/insights-summary-schema';
import { INVOKE_CHANNELS, type InvokeChannel, type InvokeContract } from '../shared/ipc';

/**
 * The main side of the bridge. Every handler goes through one `handle()` wrapper that trusts nothing:
 * the sender must be the top frame of a page on `kiosk://app` (not a sub-frame, not a foreign page
 * that somehow got our preload), and the payload must match the channel's schema.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */

const none = z.undefined();

/** Payload schema of every invoke channel; the mapped type makes a missing channel a type error. */
const REQUEST_SCHEMAS: { [C in InvokeChannel]: z.ZodType<InvokeContract[C]['request']> } = {
  'kiosk:version': none,
  'kiosk:settings': none,
  'heartbeat:ping': none,
  // Digits only and short: the pad is numeric, and a long string would only cost scrypt time.
  'admin:unlock': z.strictObject({ pin: z.string().regex(/^\d{1,12}$/) }),
  'admin:lock': none,
  'admin:exit': none,
  'admin:reload': none,
  'admin:restart': none,
  'admin:sync-now': none,
  'admin:status': none,
  // At most SUMMARY_DAYS days of bounded counts: what the fleet heartbeat carries on unchanged.
  'insights:report': DailySummaryListSchema,
  // Plain names, few files, capped bytes: main writes them to a drive.
  'admin:insights-save': exportFilesSchema,
};

/** The frame fields the sender check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** True for the top frame of our own origin. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** A handler for one channel: its validated payload in, its response out. */
type ChannelHandler<C extends InvokeChannel> = (
  payload: InvokeContract[C]['request'],
  event: IpcMainInvokeEvent,
) => Promise<InvokeContract[C]['response']> | InvokeContract[C]['response'];

/** Handlers for every invoke channel. */
export type ChannelHandlers = { [C in InvokeChannel]: ChannelHandler<C> };

/** Registers one channel behind the sender check and payload validation. */
function handle<C extends InvokeChannel>(channel: C, handler: ChannelHandler<C>, log: KioskLogger): void {
  const schema = REQUEST_SCHEMAS[channel];
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!isTrustedSender(event.senderFrame)) {
      log.warn('refused IPC from a foreign sender', { channel, url: event.senderFrame?.url });
      throw new Error(`Refused: ${channel} is only for the kiosk page`);
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success || args.length > 1) {
      log.warn('refused IPC with an invalid payload', { channel });
      throw new Error(`Refused: invalid payload for ${channel}`);
    }
    return handler(parsed.data as InvokeContract[C]['request'], event);
  });
}

/** Registers the handlers of every channel. */
export function setupIpc(handlers: ChannelHandlers, log: KioskLogger): void {
  for (const channel of Object.values(INVOKE_CHANNELS)) {
    handle(channel, handlers[channel] as ChannelHandler<typeof channel>, log);
  }
}
