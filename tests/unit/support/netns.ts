/**
 * Network namespaces for the fleet integration tests: one per kiosk (`bk-<random>-<n>`), each joined
 * to this machine by a veth pair with a /30 of its own in a private 10.x range (this side `.1`, the
 * kiosk `.2`). A kiosk's link is cut and restored by setting this side of its veth down and up.
 * Everything is removed by {@link Namespaces.remove}, which also runs at process exit should a test
 * run be torn down without its afterAll.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';

interface KioskLink {
  /** The namespace to run the kiosk in (`ip netns exec <ns> ...`). */
  ns: string;
  /** This machine's end of the veth pair (the one cut and restored). */
  hostVeth: string;
  /** This machine's address on the link: where the kiosk reaches the server. */
  hostIp: string;
  /** The kiosk's address, as the server's access log shows it. */
  kioskIp: string;
}

export interface Namespaces {
  links: KioskLink[];
  /** Takes a kiosk's link down (packets are dropped, connections stall) or brings it back up. */
  setLink(link: KioskLink, up: boolean): void;
  /** Deletes the veth pairs and the namespaces; safe to call twice. */
  remove(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/**
 * Why namespaces cannot be made here, or null when they can: not root, no `ip`, or a kernel or
 * container that refuses `ip netns add`. Tried with a namespace of its own, removed at once.
 */
export function netnsUnavailable(): string | null {
  if (process.platform !== 'linux') return 'network namespaces need Linux';
  if (process.getuid?.() !== 0) return 'creating network namespaces needs root';
  const probe = `bk-probe-${randomBytes(3).toString('hex')}`;
  const added = spawnSync('ip', ['netns', 'add', probe], { encoding: 'utf8' });
  if (added.error) return `iproute2's ip cannot be run (${added.error.message})`;
  if (added.status !== 0) return `ip netns add failed: ${added.stderr.trim() || `exit ${added.status}`}`;
  spawnSync('ip', ['netns', 'del', probe]);
  return null;
}

/** A 10.x.y.0/24 no interface of this machine uses yet (each kiosk takes a /30 of it). */
function freeSubnet(): string {
  const used = execFileSync('ip', ['-4', '-o', 'addr', 'show'], { encoding: 'utf8' });
  for (;;) {
    const prefix = `10.${randomInt(16, 250)}.${randomInt(0, 256)}`;
    if (!used.includes(` ${prefix}.`)) return prefix;
  }
}

export function createNamespaces(count: number): Namespaces {
  const tag = randomBytes(3).toString('hex');
  const prefix = freeSubnet();
  const links: KioskLink[] = [];
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    for (const link of links) {
      // Deleting one end deletes the pair; then the namespace (already gone with its last process
      // only when nothing runs in it, hence the explicit veth delete first).
      spawnSync('ip', ['link', 'del', link.hostVeth], { stdio: 'ignore' });
      spawnSync('ip', ['netns', 'del', link.ns], { stdio: 'ignore' });
    }
  };
  process.on('exit', remove);
  try {
    for (let n = 1; n <= count; n++) {
      const link: KioskLink = {
        ns: `bk-${tag}-${n}`,
        hostVeth: `bkh${tag}${n}`,
        hostIp: `${prefix}.${4 * n - 3}`,
        kioskIp: `${prefix}.${4 * n - 2}`,
      };
      links.push(link);
      const kioskVeth = `bkk${tag}${n}`;
      ip('netns', 'add', link.ns);
      ip('link', 'add', link.hostVeth, 'type', 'veth', 'peer', 'name', kioskVeth, 'netns', link.ns);
      ip('addr', 'add', `${link.hostIp}/30`, 'dev', link.hostVeth);
      ip('link', 'set', link.hostVeth, 'up');
      ip('-n', link.ns, 'addr', 'add', `${link.kioskIp}/30`, 'dev', kioskVeth);
      ip('-n', link.ns, 'link', 'set', kioskVeth, 'up');
      ip('-n', link.ns, 'link', 'set', 'lo', 'up');
    }
  } catch (err) {
    remove();
    throw err;
  }
  return {
    links,
    setLink: (link, up) => ip('link', 'set', link.hostVeth, up ? 'up' : 'down'),
    remove,
  };
}
