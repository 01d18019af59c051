// A small static server for a production build, with compression, as a real host serves it.
// `docusaurus serve` sends every file uncompressed, so the weight it shows is not what readers
// download. This server resolves paths the way `docusaurus serve` does (its base path, clean
// URLs, trailing slashes, the 404 page) and compresses text with gzip, or with brotli when asked
// to and the browser accepts it. It uses Node's own `http` and `zlib` only.
//
// The page-weight guard (tests/e2e/weight.spec.ts) and `npm run bench` (scripts/bench.mjs) both
// serve with gzip only, so their numbers are gzip sizes.
import { createReadStream, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

export interface ServeOptions {
  /** The build folder, such as "build". */
  root: string;
  /** The site's base path, such as "/" or "/policy/", as in site.config.ts. */
  baseUrl: string;
  /** As `trailingSlash` in docusaurus.config.ts: false removes a trailing slash, true adds one. */
  trailingSlash?: boolean;
  /** The encodings offered, best first. Default: gzip only. */
  encodings?: readonly Encoding[];
  /** The interface to listen on. Default: 127.0.0.1 (loopback only). */
  host?: string;
  /** The port; 0 (the default) takes a free one. */
  port?: number;
}

/** What a request's path leads to. */
export type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'notFound' }
  | { kind: 'badRequest' };

/**
 * Resolves the path of a request (without its query) to a file of the build, as
 * `docusaurus serve` does: a path outside the base path goes to the base path; `/x` is the file
 * `x`, else `x.html`, else `x/index.html`; with `trailingSlash: false`, `/x/` moves to `/x`, and
 * with `true`, `/x` moves to `/x/`. A path that tries to leave the build folder (`..`, encoded as
 * `%2e%2e` or `%2f`, a backslash or a NUL byte) is a bad request. `isFile` answers whether a
 * file exists, so the rules can be tested without a disk.
 */
export function resolveRequestPath(
  rawPath: string,
  options: Pick<ServeOptions, 'root' | 'baseUrl' | 'trailingSlash'>,
  isFile: (file: string) => boolean,
): Resolution {
  const { baseUrl, trailingSlash } = options;
  const root = resolve(options.root);
  if (!rawPath.startsWith('/')) {
    return { kind: 'badRequest' };
  }
  if (!rawPath.startsWith(baseUrl)) {
    // `docusaurus serve` sends every path outside the base path to the base path.
    return { kind: 'redirect', location: baseUrl };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.slice(baseUrl.length - 1));
  } catch {
    return { kind: 'badRequest' };
  }
  const segments = decoded.split('/');
  if (
    decoded.includes('\0') ||
    decoded.includes('\\') ||
    segments.some((segment) => segment === '..' || segment === '.') ||
    // An encoded slash ("%2f") would make one segment into two.
    rawPath.slice(baseUrl.length - 1).split('/').length !== segments.length
  ) {
    return { kind: 'badRequest' };
  }
  const looksLikeFile = /\.[a-zA-Z\d]{1,4}$/.test(decoded);
  if (decoded !== '/' && !looksLikeFile) {
    if (trailingSlash === false && decoded.endsWith('/')) {
      return { kind: 'redirect', location: rawPath.replace(/\/+$/, '') };
    }
    if (trailingSlash === true && !decoded.endsWith('/')) {
      return { kind: 'redirect', location: `${rawPath}/` };
    }
  }
  const relative = segments.filter((segment) => segment !== '');
  const base = join(root, ...relative);
  // join() cannot leave the root with the segments checked above; this guards the rule itself.
  if (base !== root && !base.startsWith(root + sep)) {
    return { kind: 'badRequest' };
  }
  const candidates = decoded.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, `${base}.html`, join(base, 'index.html')];
  const found = candidates.find((candidate) => isFile(candidate));
  return found === undefined ? { kind: 'notFound' } : { kind: 'file', file: found };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.rst': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
};

/** The Content-Type of a file, by its extension. */
export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Text compresses well; images, fonts and archives are compressed already. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|xml|javascript|wasm)|image\/svg\+xml)/.test(
    contentType,
  );
}

/** The first of the offered encodings that the Accept-Encoding header allows, if any. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  offered: readonly Encoding[],
): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters
      .map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1])
      .find((value) => value !== undefined);
    if (name !== '') {
      accepted.set(name, quality === undefined ? 1 : Number(quality));
    }
  }
  return offered.find((encoding) => (accepted.get(encoding) ?? accepted.get('*') ?? 0) > 0);
}

/**
 * Caching as a static host sets it: files whose name holds a content hash (Docusaurus writes
 * them to assets/) never change, so browsers keep them for a year; every other file is checked
 * with the server on each use.
 */
export function cacheControlOf(file: string): string {
  return /[\\/]assets[\\/].*\.[\da-f]{8}\.\w+$/.test(file)
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=0, must-revalidate';
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : // zlib's default level (6), as most hosts that compress on the fly use.
      gzipSync(body);
}

export interface BuildServer {
  /** The server's origin, such as "http://127.0.0.1:41234". */
  origin: string;
  /** The address of the site: the origin and the base path. */
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Starts serving a build folder; resolves once the server listens. */
export async function serveBuild(options: ServeOptions): Promise<BuildServer> {
  const root = realpathSync(resolve(options.root));
  const settings = { ...options, root };
  const offered = options.encodings ?? ['gzip'];
  // Compressed bodies, kept while their file is unchanged.
  const compressed = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();
  const isFile = (file: string): boolean => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };

  function send(
    request: IncomingMessage,
    response: ServerResponse,
    file: string,
    stats: Stats,
    status: number,
  ): void {
    const contentType = contentTypeOf(file);
    const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const headers: Record<string, string | number> = {
      'Content-Type': contentType,
      'Cache-Control': status === 200 ? cacheControlOf(file) : 'no-cache',
      'Last-Modified': stats.mtime.toUTCString(),
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const encoding = isCompressible(contentType)
      ? chooseEncoding(request.headers['accept-encoding'], offered)
      : undefined;
    if (isCompressible(contentType)) {
      headers.Vary = 'Accept-Encoding';
    }
    if (encoding === undefined) {
      headers['Content-Length'] = stats.size;
      response.writeHead(status, headers);
      if (request.method === 'HEAD') {
        response.end();
      } else {
        createReadStream(file).pipe(response);
      }
      return;
    }
    const key = `${encoding}:${file}`;
    let cached = compressed.get(key);
    if (cached?.mtimeMs !== stats.mtimeMs || cached.size !== stats.size) {
      cached = {
        mtimeMs: stats.mtimeMs,
        size: stats.size,
        body: compress(readFileSync(file), encoding),
      };
      compressed.set(key, cached);
    }
    headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = cached.body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : cached.body);
  }

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
    const resolution = resolveRequestPath(rawPath, settings, isFile);
    switch (resolution.kind) {
      case 'redirect': {
        const query = (request.url ?? '').includes('?')
          ? (request.url ?? '').slice((request.url ?? '').indexOf('?'))
          : '';
        response.writeHead(301, { Location: `${resolution.location}${query}` }).end();
        return;
      }
      case 'badRequest':
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
        return;
      case 'notFound': {
        const notFoundPage = join(root, '404.html');
        if (isFile(notFoundPage)) {
          send(request, response, notFoundPage, statSync(notFoundPage), 404);
        } else {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        }
        return;
      }
      case 'file': {
        // A link inside the build that points outside it is not served.
        const real = realpathSync(resolution.file);
        if (!real.startsWith(root + sep)) {
          response.writeHead(400).end();
          return;
        }
        send(request, response, real, statSync(real), 200);
        return;
      }
    }
  });
  // Browsers keep connections open; they must not keep the server from closing.
  server.keepAliveTimeout = 1_000;

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  return {
    origin,
    url: `${origin}${options.baseUrl}`,
    server,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) {
            rejectClose(error);
          } else {
            resolveClose();
          }
        });
      }),
  };
}
