// The weight of a page: what the browser downloads before the page's load event, and the
// budgets it is judged by. The page-weight guard (tests/e2e/weight.spec.ts) and `npm run bench`
// (scripts/bench.mjs) both measure with measurePageWeight() and judge with judgeWeight(), so
// they always agree on the numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { routePath, routes, type RouteName } from '../../src/config/routes';

export type ResourceType = 'js' | 'css' | 'html' | 'font' | 'image' | 'other';
export const resourceTypes: readonly ResourceType[] = [
  'js',
  'css',
  'html',
  'font',
  'image',
  'other',
];

/** One response that came over the network. */
export interface ResponseRecord {
  url: string;
  type: ResourceType;
  /** Bytes on the wire: the response's headers and its body as sent (compressed). */
  transferBytes: number;
  /** The body as sent, without headers: its gzip size when it was sent with gzip. */
  bodyBytes: number;
  /** The Content-Encoding it came with, or "" when it came without. */
  encoding: string;
}

export interface WeightSummary {
  requests: number;
  /** JavaScript bodies, as sent (gzip): the measure of "JS before load". */
  jsBytes: number;
  /** Every response, headers included: the measure of "all before load". */
  allBytes: number;
  /** Bytes on the wire (headers included) for each type of resource. */
  byType: Record<ResourceType, number>;
}

/** The limits of one page, in KiB (1024 bytes). */
export interface WeightLimits {
  jsKiB: number;
  allKiB: number;
}

export interface Budgets {
  /** The key pages, by their names in src/config/routes.ts. */
  pages: RouteName[];
  /** What the weight guard in `npm test` enforces. */
  guard: WeightLimits;
  /** What `npm run bench` aims for. */
  targets: WeightLimits & {
    /** Mobile TBT at most this many times the bare Docusaurus doc page's, in the same run. */
    tbtRatio: number;
    /** Mobile performance score at least the bare doc page's plus this. */
    performanceOverBare: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    cls: number;
  };
}

const repositoryRoot = join(__dirname, '../..');

/** Reads bench/budgets.json, the one file that holds the guard's limits and the bench's targets. */
export function readBudgets(file = join(repositoryRoot, 'bench/budgets.json')): Budgets {
  const budgets = JSON.parse(readFileSync(file, 'utf8')) as Budgets;
  for (const page of budgets.pages) {
    if (!(page in routes)) {
      throw new Error(`${file}: "${page}" is not a route in src/config/routes.ts`);
    }
  }
  return budgets;
}

/** The key pages with their paths under the config's base path, such as "/policy/adopt". */
export function keyPages(
  baseUrl: string,
  pages: readonly RouteName[],
): { name: RouteName; path: string }[] {
  return pages.map((name) => ({ name, path: routePath(baseUrl, name) }));
}

/** The type of a response, from its MIME type, or from its file name when that says nothing. */
export function resourceTypeOf(mimeType: string, url: string): ResourceType {
  const mime = mimeType.toLowerCase();
  const path = url.split(/[?#]/)[0] ?? '';
  if (/javascript|ecmascript/.test(mime) || (mime === '' && /\.m?js$/.test(path))) {
    return 'js';
  }
  if (mime === 'text/css' || (mime === '' && path.endsWith('.css'))) {
    return 'css';
  }
  if (mime === 'text/html') {
    return 'html';
  }
  if (mime.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(path)) {
    return 'font';
  }
  if (mime.startsWith('image/')) {
    return 'image';
  }
  return 'other';
}

/**
 * Whether a request is a speculative fetch for a page the reader may open next, such as the
 * `<link rel="prefetch">` Docusaurus adds for links on screen. Browsers mark these with a
 * `Sec-Purpose` (or older `Purpose`) header of "prefetch", and the DevTools Protocol may give
 * them the type "Prefetch". They run at idle priority and the page does not need them, but
 * whether they start before the load event depends on the machine's speed, so the weight of a
 * page leaves them out; counting them made the guard pass or fail by chance.
 */
export function isSpeculativeRequest(
  headers: Readonly<Record<string, unknown>>,
  protocolType?: string,
): boolean {
  if (protocolType === 'Prefetch') {
    return true;
  }
  return Object.entries(headers).some(
    ([name, value]) =>
      /^(sec-)?purpose$/i.test(name) && typeof value === 'string' && /^\s*prefetch\b/i.test(value),
  );
}

/** Sums the responses of one page. */
export function summarizeWeight(records: readonly ResponseRecord[]): WeightSummary {
  const byType = Object.fromEntries(resourceTypes.map((type) => [type, 0])) as Record<
    ResourceType,
    number
  >;
  let jsBytes = 0;
  let allBytes = 0;
  for (const record of records) {
    byType[record.type] += record.transferBytes;
    allBytes += record.transferBytes;
    if (record.type === 'js') {
      jsBytes += record.bodyBytes;
    }
  }
  return { requests: records.length, jsBytes, allBytes, byType };
}

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

/** Every response, largest first, one a line: what a reader looks at when a page grew. */
export function describeResponses(records: readonly ResponseRecord[]): string {
  return [...records]
    .sort((a, b) => b.transferBytes - a.transferBytes || a.url.localeCompare(b.url))
    .map(
      (record) =>
        `  ${kib(record.transferBytes).padStart(7)} KiB  ${record.type.padEnd(5)}  ` +
        `${(record.encoding || 'identity').padEnd(8)}  ${record.url}`,
    )
    .join('\n');
}

export interface WeightMiss {
  measure: 'JS before load (gzip)' | 'all before load';
  bytes: number;
  limitKiB: number;
}

/** The limits a page's weight goes over, if any. */
export function judgeWeight(summary: WeightSummary, limits: WeightLimits): WeightMiss[] {
  const misses: WeightMiss[] = [];
  if (summary.jsBytes > limits.jsKiB * 1024) {
    misses.push({
      measure: 'JS before load (gzip)',
      bytes: summary.jsBytes,
      limitKiB: limits.jsKiB,
    });
  }
  if (summary.allBytes > limits.allKiB * 1024) {
    misses.push({ measure: 'all before load', bytes: summary.allBytes, limitKiB: limits.allKiB });
  }
  return misses;
}

/** A report of a page that went over its limits: the misses, then every response. */
export function weightReport(
  page: string,
  records: readonly ResponseRecord[],
  misses: readonly WeightMiss[],
): string {
  const lines = misses.map(
    (miss) =>
      `${page}: ${miss.measure} is ${kib(miss.bytes)} KiB, over the limit of ${miss.limitKiB} KiB`,
  );
  return [
    ...lines,
    `Requests before the load event, largest first (bytes on the wire, headers included):`,
    describeResponses(records),
  ].join('\n');
}

/**
 * Opens a page in a fresh tab with an empty cache and records, through the Chrome DevTools
 * Protocol, every response to a request made before the page's load event, with the bytes that
 * came over the network (`Network.loadingFinished`'s encodedDataLength: headers and the body as
 * sent). Requests answered from the cache or from a data: URL move no bytes and are left out,
 * and so are speculative fetches for other pages (see isSpeculativeRequest).
 */
export async function measurePageWeight(page: Page, url: string): Promise<ResponseRecord[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Page.enable');

  interface Pending {
    url: string;
    sentAt: number;
    mimeType?: string;
    headerBytes?: number;
    encoding?: string;
    transferBytes?: number;
    done: boolean;
    cached: boolean;
    speculative: boolean;
  }
  const requests = new Map<string, Pending>();
  let loadedAt: number | undefined;
  cdp.on('Network.requestWillBeSent', (event) => {
    // A redirect reuses the request's id; the bytes of the redirect response are counted too.
    const earlier = requests.get(event.requestId);
    if (earlier && event.redirectResponse) {
      requests.set(`${event.requestId}:redirect:${requests.size}`, {
        ...earlier,
        mimeType: event.redirectResponse.mimeType,
        transferBytes: event.redirectResponse.encodedDataLength,
        headerBytes: event.redirectResponse.encodedDataLength,
        done: true,
      });
    }
    requests.set(event.requestId, {
      url: event.request.url,
      sentAt: event.timestamp,
      done: false,
      cached: false,
      speculative: isSpeculativeRequest(event.request.headers, event.type),
    });
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const request = requests.get(event.requestId);
    if (request) {
      request.cached = true;
    }
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (request) {
      const headers = Object.fromEntries(
        Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]),
      );
      request.mimeType = event.response.mimeType;
      request.headerBytes = event.response.encodedDataLength;
      request.encoding = headers['content-encoding'] ?? '';
      request.cached ||=
        event.response.fromDiskCache === true || event.response.fromPrefetchCache === true;
    }
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) {
      request.transferBytes = event.encodedDataLength;
      request.done = true;
    }
  });
  cdp.on('Network.loadingFailed', (event) => {
    const request = requests.get(event.requestId);
    if (request) {
      request.done = true;
    }
  });
  cdp.on('Page.loadEventFired', (event) => {
    loadedAt ??= event.timestamp;
  });

  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + 15_000;
  const beforeLoad = (): Pending[] =>
    [...requests.values()].filter(
      (request) =>
        loadedAt !== undefined &&
        request.sentAt <= loadedAt &&
        !request.speculative &&
        !request.url.startsWith('data:'),
    );
  // Requests made before the load event may finish after it; wait for their last byte.
  while (
    (loadedAt === undefined || beforeLoad().some((request) => !request.done)) &&
    Date.now() < deadline
  ) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  await cdp.detach();
  if (loadedAt === undefined) {
    throw new Error(`${url}: no load event within 15 s`);
  }
  return beforeLoad()
    .filter((request) => !request.cached && (request.transferBytes ?? 0) > 0)
    .map((request) => {
      const transferBytes = request.transferBytes ?? 0;
      return {
        url: request.url,
        type: resourceTypeOf(request.mimeType ?? '', request.url),
        transferBytes,
        bodyBytes: Math.max(0, transferBytes - (request.headerBytes ?? 0)),
        encoding: request.encoding ?? '',
      };
    });
}
