// What scripts/lib/serveBuild.ts adds to serve-handler and the compression middleware: the base
// path and trailing-slash redirects, compression of every text file with the offered encodings
// only, and the server's start and close. serve-handler's own path handling is its own to test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  offeredAcceptEncoding,
  redirectOf,
  serveBuild,
  type BuildServer,
} from '../../scripts/lib/serveBuild';

describe('redirectOf', () => {
  const policy = { baseUrl: '/policy/', trailingSlash: false };

  it('sends a path outside the base path to the base path', () => {
    expect(redirectOf('/adopt', policy)).toBe('/policy/');
    expect(redirectOf('/policy', policy)).toBe('/policy/');
  });

  it('adds or removes the trailing slash of a page, keeping the query', () => {
    expect(redirectOf('/policy/adopt/', policy)).toBe('/policy/adopt');
    expect(redirectOf('/policy/adopt/?q=1', policy)).toBe('/policy/adopt?q=1');
    expect(redirectOf('/adopt', { baseUrl: '/', trailingSlash: true })).toBe('/adopt/');
  });

  it('leaves the base path, files and paths already right alone', () => {
    expect(redirectOf('/policy/', policy)).toBeUndefined();
    expect(redirectOf('/policy/adopt', policy)).toBeUndefined();
    expect(redirectOf('/policy/assets/main.js', policy)).toBeUndefined();
    expect(redirectOf('/policy/adopt/', { ...policy, trailingSlash: undefined })).toBeUndefined();
  });
});

describe('offeredAcceptEncoding', () => {
  it('keeps only the offered encodings and identity', () => {
    expect(offeredAcceptEncoding('gzip, deflate, br, zstd', ['gzip'])).toBe('gzip');
    expect(offeredAcceptEncoding('br;q=1.0, gzip;q=0.5, identity', ['br', 'gzip'])).toBe(
      'br;q=1.0, gzip;q=0.5, identity',
    );
    expect(offeredAcceptEncoding(undefined, ['gzip'])).toBe('');
  });
});

describe('serveBuild', () => {
  let dir: string;
  let server: BuildServer;
  const script = `console.log(${JSON.stringify('weight '.repeat(500))});\n`;
  const tiny = 'a{color:red}';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-build-'));
    mkdirSync(join(dir, 'assets/js'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(dir, 'adopt.html'), '<!doctype html><title>Adopt</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
    writeFileSync(join(dir, 'assets/js/main.0123abcd.js'), script);
    writeFileSync(join(dir, 'tiny.css'), tiny);
    server = await serveBuild({ root: dir, baseUrl: '/policy/', trailingSlash: false });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function get(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
    return new Promise((resolveGet, rejectGet) => {
      const outgoing = request(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolveGet({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          });
        });
      });
      outgoing.on('error', rejectGet);
      outgoing.end();
    });
  }

  it('listens on the loopback interface on a free port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/policy/`);
  });

  it('serves the build under the base path, with clean URLs', async () => {
    const home = await get(server.url);
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain('Home');
    expect((await get(`${server.url}adopt`)).body.toString()).toContain('Adopt');
  });

  it('sends gzip, not brotli, when the browser accepts both', async () => {
    const response = await get(`${server.url}assets/js/main.0123abcd.js`, {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(response.body).toString()).toBe(script);
  });

  it('compresses even a tiny text file, as the weight guard expects', async () => {
    const response = await get(`${server.url}tiny.css`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toBe(tiny);
  });

  it('sends the body as it is when the browser asks for no encoding', async () => {
    const response = await get(`${server.url}adopt`);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('<!doctype html><title>Adopt</title>');
  });

  it('sends brotli when offered', async () => {
    const brotli = await serveBuild({ root: dir, baseUrl: '/', encodings: ['br', 'gzip'] });
    try {
      const response = await get(`${brotli.url}adopt`, { 'accept-encoding': 'gzip, br' });
      expect(response.headers['content-encoding']).toBe('br');
    } finally {
      await brotli.close();
    }
  });

  it('redirects with the base path, and answers a missing page with the 404 page', async () => {
    expect((await get(`${server.url}adopt/`)).headers.location).toBe('/policy/adopt');
    expect((await get(`${server.origin}/adopt`)).headers.location).toBe('/policy/');
    const missing = await get(`${server.url}nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Not found');
  });

  it('serves nothing outside the build folder', async () => {
    const { hostname, port } = new URL(server.origin);
    // The path goes out exactly as written: a URL would resolve "..".
    const status = await new Promise<number>((resolveGet, rejectGet) => {
      request({ hostname, port, path: '/policy/%2e%2e/%2e%2e/etc/passwd' }, (response) => {
        response.resume();
        resolveGet(response.statusCode ?? 0);
      })
        .on('error', rejectGet)
        .end();
    });
    expect(status).not.toBe(200);
  });
});
