import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useSyncStatus } from '../../sync/use-sync-status';
import { appDb } from '../../db/kiosk-db';
import { readPointer } from '../../db/read';
import type { HostAdmin } from '../../host';
import { toStatusView, type RendererSyncView, type StatusView } from './status-view';

/** How often the open status page asks again, so a running build's outcome appears by itself. */
const REFRESH_MS = 5_000;

/** Host status: undefined while loading, null when the host gave none. */
export type HostStatusState = StatusView | null | undefined;

/**
 * The host's status while `enabled` (refreshed every few seconds and whenever `refreshKey`
 * changes), plus the page's own sync facts. `onSessionEnded` runs when the host refuses the status
 * because the admin session ran out (Electron's main, or a web host with an admin PIN).
 */
export function useAdminStatus(
  admin: HostAdmin,
  enabled: boolean,
  refreshKey: number,
  onSessionEnded: () => void,
): { host: HostStatusState; sync: RendererSyncView } {
  const [host, setHost] = useState<HostStatusState>(undefined);
  const syncStatus = useSyncStatus();
  const pointer = useLiveQuery(() => readPointer(appDb()), []);

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const load = async () => {
      const answer = await admin.status();
      if (!live) return;
      if (answer.kind === 'pin-required') onSessionEnded();
      else setHost(answer.kind === 'status' ? toStatusView(answer.status) : null);
    };
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [admin, enabled, refreshKey, onSessionEnded]);

  return {
    host,
    sync: {
      storeVersion: pointer?.version ?? null,
      syncedAt: pointer?.syncedAt ?? null,
      host: syncStatus.host,
      syncing: syncStatus.syncing,
      stoppedSync: syncStatus.lastOutcome?.kind === 'failed' ? syncStatus.lastOutcome.detail : null,
    },
  };
}
