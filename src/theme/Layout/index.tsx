// Wraps the theme's layout to put a page's content in a `main` landmark when the page asks for
// one with `MainLandmark` (./MainLandmark.tsx). Every other page is laid out as before.
import type { ComponentProps, ReactNode } from 'react';
import Layout from '@theme-original/Layout';
import { useMainLandmark } from './MainLandmark';

export default function LayoutWrapper({
  children,
  ...props
}: ComponentProps<typeof Layout>): ReactNode {
  const main = useMainLandmark();
  return (
    <Layout {...props}>
      {main === null ? (
        children
      ) : (
        <main className={main.className}>
          {children}
          {main.after}
        </main>
      )}
    </Layout>
  );
}
