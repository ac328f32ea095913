/**
 * Debian's nginx serving a publish bundle on 127.0.0.1 for the publish benchmark: a config of our
 * own in a temp prefix, in the foreground, stopped with the benchmark.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const NGINX = '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startNginx(
  rootDir: string,
): Promise<{ url: string; name: string; stop(): Promise<void> }> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'bench-nginx-'));
  const port = await freePort();
  const config = path.join(prefix, 'nginx.conf');
  await writeFile(
    config,
    `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${rootDir};
    location / { try_files $uri =404; }
  }
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  const version = await new Promise<string>((resolve) => {
    const v = spawn(NGINX, ['-v'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let text = '';
    v.stderr.on('data', (d: Buffer) => (text += d.toString()));
    v.on('close', () => resolve(text.trim().replace(/^nginx version: /, '')));
  });
  const url = `http://127.0.0.1:${port}/`;
  // Ready when it answers; an exit before that is a failure with its error log.
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `nginx exited: ${await readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => '')}`,
      );
    }
    const ok = await fetch(url).then(
      () => true,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    name: version,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
