// Adds a menu for phones that works without JavaScript, beside the theme's menu button.
import type { ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import { ThemeClassNames, useThemeConfig } from '@docusaurus/theme-common';
import Toggle from '@theme-original/Navbar/MobileSidebar/Toggle';
import IconMenu from '@theme/Icon/Menu';
import NavbarItem, { type Props as NavbarItemProps } from '@theme/NavbarItem';
import { HiddenWithoutScript, needsJavaScriptSelector } from '@site/src/components/NoScript';
import styles from './styles.module.css';

/**
 * Without JavaScript, the theme's menu button, the search box and the button that opens a page's
 * contents on narrow screens do nothing: they are hidden, with every element that the site's
 * components mark as needing JavaScript (`needsJavaScript`); and a menu made of a `details` element, which opens without JavaScript, lists the navbar's
 * links on narrow screens. With JavaScript, the browser ignores all of it.
 */
export default function MobileSidebarToggle(): ReactNode {
  const items = useThemeConfig().navbar.items as readonly NavbarItemProps[];
  return (
    <>
      {/* Before everything it hides: a style in the page's body may only apply to what follows. */}
      <HiddenWithoutScript
        selectors={[
          '.navbar__toggle',
          '.navbar__search',
          `.${ThemeClassNames.docs.docTocMobile}`,
          needsJavaScriptSelector,
        ]}
      />
      <Toggle />
      <noscript>
        <details className={styles.menu}>
          <summary className={styles.summary}>
            <IconMenu />
            <span>
              <Translate id="navbar.noScriptMenu">Menu</Translate>
            </span>
          </summary>
          <ul className={clsx('menu__list', styles.list)}>
            {items.map((item, index) => (
              <NavbarItem key={index} {...item} mobile />
            ))}
          </ul>
        </details>
      </noscript>
    </>
  );
}
