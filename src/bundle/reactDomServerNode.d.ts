// The part of React's server renderer for Node that src/bundle/reactDomServer.ts uses.
declare module 'react-dom/server.node' {
  import type { ReactNode } from 'react';
  import type { Writable } from 'node:stream';

  export interface RenderToPipeableStreamOptions {
    /** Bytes after which React writes a finished Suspense boundary apart, to move it later. */
    progressiveChunkSize?: number;
    onAllReady?: () => void;
    onShellReady?: () => void;
    onError?: (error: unknown) => void;
    [option: string]: unknown;
  }

  export function renderToPipeableStream(
    children: ReactNode,
    options?: RenderToPipeableStreamOptions,
  ): { pipe<Destination extends Writable>(destination: Destination): Destination; abort(): void };
}
