/**
 * Debian's nginx serving a publish bundle for the fleet integration tests: one foreground process
 * (`daemon off; master_process off`) with a generated config in a temporary prefix, its access and
 * error logs there, listening on the addresses given. ETag and byte ranges are nginx's own
 * defaults. A client is slowed down at run time by creating `slow/<client ip>` in the prefix
 * (`$limit_rate` for its requests from then on), so a download lasts long enough to cut its link.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';

const NGINX = '/usr/sbin/nginx';

/** One line of the access log. */
export interface AccessLine {
  client: string;
  method: string;
  path: string;
  status: number;
  /** Body bytes sent (less than the file when the connection broke off). */
  bytes: number;
  /** The Range header, or null. */
  range: string | null;
}

export interface NginxServer {
  port: number;
  /** The access log so far, parsed (nginx writes a line when a request ends). */
  accessLog(): Promise<AccessLine[]>;
  errorLog(): Promise<string>;
  /** Sends `client`'s requests started from now on at the slow rate, or at full speed again. */
  slowDown(client: string, slow: boolean): Promise<void>;
  /** Starts nginx again after {@link stop} (same config, port and logs). */
  start(): Promise<void>;
  /** Stops nginx and waits for its process to end; safe to call when stopped. */
  stop(): Promise<void>;
}

/** Why nginx cannot be used, or null. */
export function nginxUnavailable(): string | null {
  if (!existsSync(NGINX)) return `${NGINX} is not installed (Debian's nginx package)`;
  const version = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  if (version.status !== 0) return `${NGINX} -v failed: ${version.stderr.trim()}`;
  return null;
}

function config(
  prefix: string,
  root: string,
  listen: readonly string[],
  port: number,
  slowRate: number,
): string {
  const here = (name: string) => path.join(prefix, name);
  return `daemon off;
master_process off;
worker_processes 1;
pid ${here('nginx.pid')};
error_log ${here('error.log')} info;
events { worker_connections 256; }
http {
  default_type application/octet-stream;
  log_format kiosk '$remote_addr $request_method $uri $status $body_bytes_sent range=$http_range';
  access_log ${here('access.log')} kiosk;
  client_body_temp_path ${here('body')};
  proxy_temp_path ${here('proxy')};
  fastcgi_temp_path ${here('fastcgi')};
  uwsgi_temp_path ${here('uwsgi')};
  scgi_temp_path ${here('scgi')};
  sendfile on;
  # A client that stops reading (its link cut) is dropped soon; a normal close (no RST) lets the
  # bytes already queued and the FIN reach it once the link is back, so it sees a short body.
  send_timeout 2s;
  reset_timedout_connection off;
  keepalive_timeout 5s;
  server {
${listen.map((address) => `    listen ${address}:${port} sndbuf=32k;`).join('\n')}
    root ${root};
    location / {
      if (-f ${here('slow')}/$remote_addr) {
        set $limit_rate ${slowRate};
      }
    }
  }
}
`;
}

/**
 * Starts nginx serving `root` on `port` of each address in `listen` (they must exist on this
 * machine). Its files live in `prefix`, which it creates.
 */
export async function startNginx(options: {
  prefix: string;
  root: string;
  listen: readonly string[];
  port: number;
  /** Bytes per second for a client slowed down with {@link NginxServer.slowDown}. */
  slowRate: number;
}): Promise<NginxServer> {
  const { prefix } = options;
  await mkdir(path.join(prefix, 'slow'), { recursive: true });
  const conf = path.join(prefix, 'nginx.conf');
  await writeFile(conf, config(prefix, options.root, options.listen, options.port, options.slowRate));
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const start = async () => {
    if (child) return;
    const proc = spawn(NGINX, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', conf], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    child = proc;
    // Ready once it accepts connections on the first address (or dead, with its complaint).
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        child = null;
        throw new Error(`nginx exited at start: ${stderr.trim()}`);
      }
      if (await accepts(options.listen[0]!, options.port)) return;
      if (Date.now() > deadline) throw new Error(`nginx did not start listening: ${stderr.trim()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const stop = async () => {
    const proc = child;
    if (!proc) return;
    child = null;
    proc.kill('SIGTERM');
    const killer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  };
  await start();
  return {
    port: options.port,
    start,
    stop,
    errorLog: () => readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => ''),
    async accessLog() {
      const text = await readFile(path.join(prefix, 'access.log'), 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [client, method, uri, status, bytes, range] = line.split(' ');
          const value = (range ?? 'range=').slice('range='.length);
          return {
            client: client!,
            method: method!,
            path: uri!,
            status: Number(status),
            bytes: Number(bytes),
            // nginx writes an empty variable as "-".
            range: value === '-' || value === '' ? null : value,
          };
        });
    },
    async slowDown(client, slow) {
      const flag = path.join(prefix, 'slow', client);
      if (slow) await writeFile(flag, '');
      else await rm(flag, { force: true });
    },
  };
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
