import { hostname } from 'node:os';
import path from 'node:path';
import { startFleetReport } from '../node/fleet/kiosk-heartbeat';
import type { KioskContext } from './context';

/**
 * The kiosk's heartbeat to the museum's fleet receiver, when the config names one: the published
 * version it holds, when verified, its problems, its uptime and the page's last visitor counts,
 * every few minutes. Returns a stop function; a missing token file is logged once and nothing is
 * sent.
 */
export function setupFleetReport(context: KioskContext): () => void {
  const { config, path: configFile } = context.loaded;
  if (!config.fleetUrl) return () => undefined;
  if (!config.fleetTokenFile) {
    context.log.warn('fleet report off: fleetUrl is set but fleetTokenFile is not', configFile);
    return () => undefined;
  }
  const sender = startFleetReport(
    {
      url: config.fleetUrl,
      tokenFile: path.resolve(path.dirname(configFile), config.fleetTokenFile),
      name: config.kioskName ?? hostname().slice(0, 64),
      intervalMs: config.fleetIntervalMinutes * 60_000,
    },
    () => ({
      publish: context.publishStatus?.() ?? null,
      collection: context.updater?.status() ?? null,
      uptimeSec: (Date.now() - context.startedAt.getTime()) / 1000,
      insights: context.insightsSummary,
    }),
    (line) => context.log.warn(line),
  );
  return () => sender?.stop();
}
