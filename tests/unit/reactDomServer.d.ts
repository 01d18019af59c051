// The one function of react-dom/server that the unit tests use (its types are not installed).
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';

  export function renderToStaticMarkup(element: ReactNode): string;
}
