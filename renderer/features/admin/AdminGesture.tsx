import { useEffect, useRef } from 'react';
import { navigate } from '../../navigation/router';
import { recordTap } from './tap-gesture';
import './admin.css';

/**
 * The hidden door to the admin screen: five taps within three seconds in the top-left 48x48 px.
 * The zone is invisible, hidden from assistive technology and never focusable, so visitors and
 * screen-reader users don't meet it. It lets taps through (`pointer-events: none`) and counts them
 * from the document instead, so the Home button under its corner keeps working. `onOpen` defaults
 * to the app's `#/admin` route; the out-of-order page opens its own PIN pad instead.
 */
export function AdminGesture({ onOpen = openAdminRoute }: { onOpen?: () => void }) {
  const zone = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let taps: number[] = [];
    const onPointerDown = (event: PointerEvent) => {
      const box = zone.current?.getBoundingClientRect();
      if (!box || !event.isPrimary) return;
      const inside =
        event.clientX >= box.left &&
        event.clientX < box.right &&
        event.clientY >= box.top &&
        event.clientY < box.bottom;
      if (!inside) {
        taps = [];
        return;
      }
      const next = recordTap(taps, event.timeStamp);
      taps = next.taps;
      if (next.open) onOpen();
    };
    // Capture phase: a screen that stops propagation of its own taps must not hide them from us.
    document.addEventListener('pointerdown', onPointerDown, { capture: true });
    return () => document.removeEventListener('pointerdown', onPointerDown, { capture: true });
  }, [onOpen]);
  return <div ref={zone} className="admin-gesture" aria-hidden="true" data-admin-gesture="" />;
}

function openAdminRoute(): void {
  navigate({ name: 'admin' });
}
