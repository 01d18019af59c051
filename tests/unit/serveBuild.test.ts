import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cacheControlOf,
  chooseEncoding,
  contentTypeOf,
  isCompressible,
  resolveRequestPath,
  serveBuild,
  type BuildServer,
} from '../../scripts/lib/serveBuild';

const root = resolve('/srv/build');
const files = new Set(
  [
    'index.html',
    'policy.html',
    'versions.html',
    'versions/index.html',
    'versions/1.html',
    'assets/js/main.1234abcd.js',
    '404.html',
  ].map((file) => join(root, file)),
);
const isFile = (file: string): boolean => files.has(file);

describe.each(['/', '/policy/'])('resolveRequestPath under the base path %s', (baseUrl) => {
  const options = { root, baseUrl, trailingSlash: false };
  const at = (path: string): string => `${baseUrl}${path}`;
  const resolvePath = (path: string): ReturnType<typeof resolveRequestPath> =>
    resolveRequestPath(path, options, isFile);

  it('serves the home page at the base path', () => {
    expect(resolvePath(baseUrl)).toEqual({ kind: 'file', file: join(root, 'index.html') });
  });

  it('serves /x from x.html, then x/index.html, and a file by its own name', () => {
    expect(resolvePath(at('policy'))).toEqual({ kind: 'file', file: join(root, 'policy.html') });
    expect(resolvePath(at('versions'))).toEqual({
      kind: 'file',
      file: join(root, 'versions.html'),
    });
    expect(resolvePath(at('versions/1'))).toEqual({
      kind: 'file',
      file: join(root, 'versions/1.html'),
    });
    expect(resolvePath(at('assets/js/main.1234abcd.js'))).toEqual({
      kind: 'file',
      file: join(root, 'assets/js/main.1234abcd.js'),
    });
  });

  it('removes a trailing slash, as trailingSlash: false asks', () => {
    expect(resolvePath(at('policy/'))).toEqual({ kind: 'redirect', location: at('policy') });
  });

  it('adds a trailing slash when trailingSlash is true', () => {
    expect(resolveRequestPath(at('versions'), { ...options, trailingSlash: true }, isFile)).toEqual(
      { kind: 'redirect', location: at('versions/') },
    );
    expect(
      resolveRequestPath(at('versions/'), { ...options, trailingSlash: true }, isFile),
    ).toEqual({ kind: 'file', file: join(root, 'versions/index.html') });
  });

  it('answers a missing page with "not found"', () => {
    expect(resolvePath(at('no-such-page'))).toEqual({ kind: 'notFound' });
    expect(resolvePath(at('assets/js/missing.js'))).toEqual({ kind: 'notFound' });
  });

  it.each([
    '../etc/passwd',
    'assets/../../etc/passwd',
    '%2e%2e/etc/passwd',
    '%2E%2E/%2e%2e/etc/passwd',
    '..%2fetc%2fpasswd',
    'assets%2f..%2f..%2fetc%2fpasswd',
    '..%5cetc%5cpasswd',
    'policy%00.html',
    '%E0%A4%A',
    './policy',
  ])('refuses %s, which tries to leave the build folder', (path) => {
    expect(resolvePath(at(path))).toEqual({ kind: 'badRequest' });
  });

  it('keeps an absolute path inside the build folder', () => {
    expect(resolvePath(`${baseUrl}/etc/passwd`)).toEqual({ kind: 'notFound' });
    expect(resolvePath(`${baseUrl}${root}/index.html`)).toEqual({ kind: 'notFound' });
  });

  it('refuses a request that is not a path', () => {
    expect(resolvePath('http://example.org/')).toEqual({ kind: 'badRequest' });
    expect(resolvePath('*')).toEqual({ kind: 'badRequest' });
  });
});

describe('resolveRequestPath outside the base path', () => {
  it('sends a path outside the base path to the base path, as docusaurus serve does', () => {
    const options = { root, baseUrl: '/policy/', trailingSlash: false };
    expect(resolveRequestPath('/', options, isFile)).toEqual({
      kind: 'redirect',
      location: '/policy/',
    });
    expect(resolveRequestPath('/policy', options, isFile)).toEqual({
      kind: 'redirect',
      location: '/policy/',
    });
    expect(resolveRequestPath('/../policy/index.html', options, isFile)).toEqual({
      kind: 'redirect',
      location: '/policy/',
    });
  });
});

describe('headers', () => {
  it('names the content type of each kind of file', () => {
    expect(contentTypeOf('a/b.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/b.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/b.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a/b.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('a/b.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a/b.yml')).toBe('text/yaml; charset=utf-8');
    expect(contentTypeOf('a/b.unknown')).toBe('application/octet-stream');
  });

  it('compresses text, not images or fonts', () => {
    expect(isCompressible(contentTypeOf('x.js'))).toBe(true);
    expect(isCompressible(contentTypeOf('x.json'))).toBe(true);
    expect(isCompressible(contentTypeOf('x.svg'))).toBe(true);
    expect(isCompressible(contentTypeOf('x.png'))).toBe(false);
    expect(isCompressible(contentTypeOf('x.woff2'))).toBe(false);
  });

  it('chooses the first offered encoding the browser accepts', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('gzip, deflate, br, zstd', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('gzip;q=0, br', ['gzip'])).toBeUndefined();
    expect(chooseEncoding('*', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('identity', ['gzip'])).toBeUndefined();
    expect(chooseEncoding(undefined, ['gzip'])).toBeUndefined();
  });

  it('lets browsers keep hashed assets for a year, and check everything else', () => {
    expect(cacheControlOf('/b/assets/js/main.65a3bdef.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlOf('/b/policy.html')).toBe('public, max-age=0, must-revalidate');
    expect(cacheControlOf('/b/img/mark.svg')).toBe('public, max-age=0, must-revalidate');
  });
});

describe('serveBuild', () => {
  let dir: string;
  let server: BuildServer;
  const script = `console.log(${JSON.stringify('weight '.repeat(500))});\n`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-build-'));
    const build = join(dir, 'build');
    mkdirSync(join(build, 'assets/js'), { recursive: true });
    writeFileSync(join(build, 'index.html'), '<!doctype html><title>Home</title>');
    writeFileSync(join(build, 'adopt.html'), '<!doctype html><title>Adopt</title>');
    writeFileSync(join(build, '404.html'), '<!doctype html><title>Not found</title>');
    writeFileSync(join(build, 'assets/js/main.0123abcd.js'), script);
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(build, 'link.txt'));
    server = await serveBuild({ root: build, baseUrl: '/policy/', trailingSlash: false });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function get(
    path: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
    return new Promise((resolveGet, rejectGet) => {
      // The path goes out exactly as written: a URL object would resolve "..".
      const { hostname, port } = new URL(server.origin);
      const outgoing = request({ hostname, port, path, headers }, (response) => {
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

  it('sends a page with gzip when the browser accepts it, and its size on the wire', async () => {
    const response = await get('/policy/assets/js/main.0123abcd.js', {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(response.body).toString()).toBe(script);
  });

  it('sends brotli only when offered', async () => {
    const brotli = await serveBuild({
      root: join(dir, 'build'),
      baseUrl: '/',
      encodings: ['br', 'gzip'],
    });
    try {
      const response = await new Promise<string | undefined>((resolveGet) => {
        request(`${brotli.origin}/adopt`, { headers: { 'accept-encoding': 'gzip, br' } }, (r) => {
          r.resume();
          resolveGet(r.headers['content-encoding']);
        }).end();
      });
      expect(response).toBe('br');
    } finally {
      await brotli.close();
    }
  });

  it('sends the body as it is when the browser asks for no encoding', async () => {
    const response = await get('/policy/adopt');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('<!doctype html><title>Adopt</title>');
    expect(response.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('answers a repeated request with 304 when the file is unchanged', async () => {
    const first = await get('/policy/adopt');
    const again = await get('/policy/adopt', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('redirects, and answers a missing page with the 404 page', async () => {
    expect((await get('/policy/adopt/')).headers.location).toBe('/policy/adopt');
    expect((await get('/adopt')).headers.location).toBe('/policy/');
    const missing = await get('/policy/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Not found');
  });

  it('serves nothing outside the build folder', async () => {
    expect((await get('/policy/../secret.txt')).status).toBe(400);
    expect((await get('/policy/assets/../../secret.txt')).status).toBe(400);
    expect((await get('/policy/%2e%2e/secret.txt')).status).toBe(400);
    expect((await get('/policy/link.txt')).status).toBe(400);
  });
});
