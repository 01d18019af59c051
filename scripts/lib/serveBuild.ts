// A static server for a production build, compressed as a real host serves it. `docusaurus serve`
// sends every file uncompressed, so the weight it shows is not what readers download. This server
// answers as `docusaurus serve` does, with the same library (serve-handler), and compresses text
// with the `compression` middleware.
//
// The page-weight guard (tests/e2e/weight.spec.ts) and `npm run bench` (scripts/bench.mjs) both
// serve with gzip only, so their numbers are gzip sizes.
import compression from 'compression';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import serveHandler from 'serve-handler';

export type Encoding = 'br' | 'gzip';

export interface ServeOptions {
  /** The build folder, such as "build". */
  root: string;
  /** The site's base path, such as "/" or "/policy/", as in site.config.ts. */
  baseUrl: string;
  /** As `trailingSlash` in docusaurus.config.ts: false removes a trailing slash, true adds one. */
  trailingSlash?: boolean;
  /** The encodings offered. Default: gzip only. Brotli is preferred when offered and accepted. */
  encodings?: readonly Encoding[];
  /** The interface to listen on. Default: 127.0.0.1 (loopback only). */
  host?: string;
  /** The port; 0 (the default) takes a free one. */
  port?: number;
}

export interface BuildServer {
  /** The server's origin, such as "http://127.0.0.1:41234". */
  origin: string;
  /** The address of the site: the origin and the base path. */
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * The Accept-Encoding header with only the offered encodings (and "identity") left in it, so the
 * middleware, which prefers brotli, picks among those alone.
 */
export function offeredAcceptEncoding(
  header: string | undefined,
  offered: readonly Encoding[],
): string {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => {
      const name = part.split(';')[0]?.trim().toLowerCase() ?? '';
      return name === 'identity' || (offered as readonly string[]).includes(name);
    })
    .join(', ');
}

/**
 * Where `docusaurus serve` redirects a request before serving it, if it does: a path outside the
 * base path goes to the base path, and a page's path gets or loses its trailing slash as
 * `trailingSlash` asks. (serve-handler would redirect without the base path.)
 */
export function redirectOf(
  url: string,
  { baseUrl, trailingSlash }: Pick<ServeOptions, 'baseUrl' | 'trailingSlash'>,
): string | undefined {
  if (!url.startsWith(baseUrl)) {
    return baseUrl;
  }
  const queryStart = url.search(/[?#]/);
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? '' : url.slice(queryStart);
  if (path === baseUrl || /\.[a-zA-Z\d]{1,4}$/.test(path)) {
    return undefined;
  }
  if (trailingSlash === false && path.endsWith('/')) {
    return `${path.replace(/\/+$/, '')}${query}`;
  }
  if (trailingSlash === true && !path.endsWith('/')) {
    return `${path}/${query}`;
  }
  return undefined;
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** Starts serving a build folder; resolves once the server listens. */
export async function serveBuild(options: ServeOptions): Promise<BuildServer> {
  const offered = options.encodings ?? ['gzip'];
  // Every text file is compressed, however small, as the weight guard expects of a host.
  const compress = compression({
    threshold: 0,
    // Brotli as a host compresses files ahead of time (the middleware's default is 4).
    brotli: {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY },
    },
  }) as unknown as Middleware;

  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const location = redirectOf(url, options);
    if (location !== undefined) {
      response.writeHead(301, { Location: location }).end();
      return;
    }
    request.url = `/${url.slice(options.baseUrl.length)}`;
    request.headers['accept-encoding'] = offeredAcceptEncoding(
      request.headers['accept-encoding'],
      offered,
    );
    compress(request, response, () => {
      void serveHandler(request, response, {
        public: resolve(options.root),
        cleanUrls: true,
        trailingSlash: options.trailingSlash,
        directoryListing: false,
        // Files whose name holds a content hash never change, so browsers keep them for a year.
        headers: [
          {
            source: 'assets/**',
            headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
          },
        ],
      });
    });
  });
  // Browsers keep connections open; they must not keep the server from closing.
  server.keepAliveTimeout = 1_000;

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolveListen);
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
