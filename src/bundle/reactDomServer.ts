// `react-dom/server` for the build's server bundle (see plugins/lean-client), with one change.
// React writes a finished Suspense boundary larger than `progressiveChunkSize` (12,800 bytes by
// default) at the end of the page, hidden, with a script that moves it into place. Without
// JavaScript it would stay hidden. The tools that load after the page (src/components/AfterLoad)
// sit in such boundaries, so the site renders every boundary in place.
import {
  renderToPipeableStream as renderToPipeableStreamInChunks,
  type RenderToPipeableStreamOptions,
} from 'react-dom/server.node';
import type { ReactNode } from 'react';

export * from 'react-dom/server.node';

export function renderToPipeableStream(
  children: ReactNode,
  options?: RenderToPipeableStreamOptions,
): ReturnType<typeof renderToPipeableStreamInChunks> {
  return renderToPipeableStreamInChunks(children, {
    ...options,
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
}
