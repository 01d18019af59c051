import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, gotoHydrated, sidewaysScroll, sitePath, test } from './fixtures';
import siteConfig from './siteConfig';
import {
  comparisonDimensions,
  peerPolicies,
  siteCells,
  stanceLabels,
} from '../../src/data/policyComparison';
import { policyOptionMeta } from '../../src/data/policyOptions';

// The "How this policy compares" page: a real table with a header for every column and every
// row, this site's choices from the config under test, and each peer policy with its source
// link and the day it was checked. It reads as a table at 1280 px and as cards at 360 px.

const name = siteConfig.project.name;
const site = siteCells(siteConfig.policy.options);

/** What a cell of this site's row says, in English. */
function siteValueText(dimension: (typeof comparisonDimensions)[number]): string {
  const { value } = site[dimension];
  if (dimension === 'stance') {
    return stanceLabels.allowed.message;
  }
  if (dimension === 'commitTrailer' && value !== 'none') {
    return value;
  }
  const values = policyOptionMeta[dimension].values as Record<
    string,
    { label: { message: string } }
  >;
  return values[value].label.message;
}

test(
  'the comparison is a table with a header for every column and every project',
  { tag: '@config' },
  async ({ page }) => {
    await gotoHydrated(page, '/comparison');
    await expect(
      page.getByRole('heading', { level: 1, name: 'How this policy compares' }),
    ).toBeVisible();
    const table = page.getByRole('table', {
      name: `The choices of ${name} beside ${peerPolicies.length} published policies`,
    });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Project',
      'LLM help',
      'Disclosure',
      'Commit trailer',
      'Machine translation',
      'Accessibility tools',
      'Autonomous agents',
      'AGENTS.md',
      `Same as ${name}`,
    ]);
    const rowHeaders = table.getByRole('rowheader');
    await expect(rowHeaders).toHaveCount(peerPolicies.length + 1);

    // This site's row comes first and shows the config's choices.
    const siteRow = table.getByRole('row').nth(1);
    await expect(siteRow.getByRole('rowheader')).toContainText(name);
    const siteValues = siteRow.getByRole('cell');
    for (const [index, dimension] of comparisonDimensions.entries()) {
      await expect(siteValues.nth(index)).toContainText(siteValueText(dimension));
    }

    // Every peer links to its policy and says when it was checked.
    for (const [index, peer] of peerPolicies.entries()) {
      const header = rowHeaders.nth(index + 1);
      await expect(header).toContainText(peer.name.message);
      for (const source of peer.sources) {
        await expect(header.locator(`a[href="${source.url}"]`)).toHaveCount(1);
      }
      await expect(header.locator('time')).toHaveAttribute('datetime', peer.checkedOn);
    }
    await expectNoAxeViolations(page, 'the comparison at 1280 px');
  },
);

test('the comparison scrolls inside its own region on a wide screen, and the keyboard can reach it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await gotoHydrated(page, '/comparison');
  const region = page.getByRole('region', { name: /^The choices of / });
  await region.focus();
  await expect(region).toBeFocused();
  const scrolls = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
  if (scrolls) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  }
  // The region is no taller than the window, so the arrow keys also move down inside it.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => region.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  expect(await sidewaysScroll(page)).toBe(0);
});

/**
 * A picture of the inside of one box of the screen, to compare what a reader sees at two
 * moments. It keeps two whole pixels away from each edge, so a box that starts part-way into a
 * pixel never takes in a line of what lies beside it.
 */
async function screenshotOf(page: Page, box: Box): Promise<Buffer> {
  const x = Math.ceil(box.x) + 2;
  const y = Math.ceil(box.y) + 2;
  const clip = {
    x,
    y,
    width: Math.floor(box.x + box.width) - 2 - x,
    height: Math.floor(box.y + box.height) - 2 - y,
  };
  return page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 1280 px in the ${colorScheme} theme, the sideways scrollbar is on screen and the project column and header hide what scrolls under them`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await gotoHydrated(page, '/comparison');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const region = page.getByRole('region', { name: /^The choices of / });
    const table = region.getByRole('table');

    // Reading the table, the whole region fits in the window, with its sideways scrollbar.
    await region.evaluate((element) => {
      element.scrollIntoView({ block: 'end' });
    });
    const regionBox = await region.boundingBox();
    expect(regionBox).not.toBeNull();
    if (regionBox === null) {
      return;
    }
    // Below the sticky navbar and above the bottom of the window (a pixel for rounding).
    const navbar = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(regionBox.y).toBeGreaterThanOrEqual((navbar?.y ?? 0) + (navbar?.height ?? 0) - 1);
    expect(regionBox.y + regionBox.height).toBeLessThanOrEqual(900 + 1);
    const sizes = await region.evaluate((element) => ({
      sideways: element.scrollWidth - element.clientWidth,
      down: element.scrollHeight - element.clientHeight,
    }));
    expect(sizes.sideways, 'the table is wider than its region').toBeGreaterThan(0);
    expect(sizes.down, 'the table scrolls down inside its region').toBeGreaterThan(0);

    // A row in the middle of the region, and a column header, seen before scrolling sideways.
    const rowHeader = table.getByRole('rowheader').nth(4);
    const columnHeader = table.getByRole('columnheader', { name: 'Disclosure' });
    await rowHeader.evaluate((element) => {
      const scroller = element.closest('[role="region"]');
      if (scroller !== null) {
        scroller.scrollTop +=
          element.getBoundingClientRect().top -
          scroller.getBoundingClientRect().top -
          scroller.clientHeight / 2;
      }
    });
    /** Scrolls the region to a place, and waits until it is there. */
    async function scrollRegion(left: number, top?: number): Promise<void> {
      await region.evaluate(
        (element, to) => {
          element.scrollLeft = to.left;
          element.scrollTop = to.top ?? element.scrollTop;
        },
        { left, top },
      );
      await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBe(left);
    }

    // Scrolled a little sideways, then further: other cells pass under the project column, which
    // stays in place. The two moments compare the same cell over different cells.
    await scrollRegion(100);
    const rowBox = await rowHeader.boundingBox();
    expect(rowBox).not.toBeNull();
    if (rowBox === null) {
      return;
    }
    const rowBefore = await screenshotOf(page, rowBox);
    await scrollRegion(300);
    expect(await rowHeader.boundingBox()).toEqual(rowBox);
    const onTop = await page.evaluate(
      ({ x, y }) => {
        const stack = document.elementsFromPoint(x, y);
        const top = stack[0]?.closest('th, td');
        return {
          // The row's header cell: a th whose scope is the row.
          top: top ? `${top.tagName}:${top.getAttribute('scope') ?? ''}` : null,
          topText: top?.textContent,
          under: stack.some((element) => element.closest('td') !== null),
          background: top === null ? '' : getComputedStyle(top).backgroundColor,
        };
      },
      { x: rowBox.x + rowBox.width - 4, y: rowBox.y + rowBox.height / 2 },
    );
    expect(onTop.under, 'a cell has scrolled under the project column').toBe(true);
    expect(onTop.top).toBe('TH:row');
    expect(onTop.topText).toBe(await rowHeader.textContent());
    expect(onTop.background, 'the project column has an opaque background').toMatch(/^rgb\(/);
    // What the reader sees of the project's name does not change: nothing prints through.
    expect(
      (await screenshotOf(page, rowBox)).equals(rowBefore),
      'the project cell looks the same over other cells',
    ).toBe(true);

    // Scrolled down, then further: the header row stays at the top of the region, over the rows.
    await scrollRegion(0, 400);
    const headerBox = await columnHeader.boundingBox();
    expect(headerBox).not.toBeNull();
    if (headerBox === null) {
      return;
    }
    expect(headerBox.y).toBeGreaterThanOrEqual(regionBox.y - 1);
    expect(headerBox.y + headerBox.height).toBeLessThanOrEqual(regionBox.y + regionBox.height);
    const headerBefore = await screenshotOf(page, headerBox);
    await scrollRegion(0, 800);
    await expect.poll(() => region.evaluate((element) => element.scrollTop)).toBe(800);
    expect(await columnHeader.boundingBox()).toEqual(headerBox);
    const headerOnTop = await page.evaluate(
      ({ x, y }) => {
        const stack = document.elementsFromPoint(x, y);
        return {
          top: stack[0]?.closest('th, td')?.textContent,
          under: stack.some((element) => element.closest('tbody') !== null),
        };
      },
      { x: headerBox.x + headerBox.width - 4, y: headerBox.y + headerBox.height - 4 },
    );
    expect(headerOnTop).toEqual({ top: 'Disclosure', under: true });
    expect(
      (await screenshotOf(page, headerBox)).equals(headerBefore),
      'the column header looks the same over other rows',
    ).toBe(true);
  });
}

test('at 360 px each row is a card that names each value’s column, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await gotoHydrated(page, '/comparison');
  const table = page.getByRole('table', { name: /^The choices of / });
  // The table keeps its roles, so a screen reader still hears each value with its headers.
  await expect(table.getByRole('rowheader')).toHaveCount(peerPolicies.length + 1);
  const firstPeer = table.getByRole('row').nth(2);
  await expect(firstPeer).toContainText(`Disclosure: `);
  const box = await firstPeer.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(360);
  expect(await sidewaysScroll(page)).toBe(0);
  // The cards run down the page itself: no scroll area inside it to get stuck in.
  const region = page.getByRole('region', { name: /^The choices of / });
  expect(
    await region.evaluate((element) => element.scrollHeight - element.clientHeight),
  ).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'the comparison at 360 px');
});

test('the comparison can be read without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitePath('/comparison'));
  await expect(page.getByRole('table', { name: /^The choices of / })).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveCount(peerPolicies.length + 1);
  await context.close();
});

test('on paper the whole table prints, with no scroll region cutting it off', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoHydrated(page, '/comparison');
  const region = page.getByRole('region', { name: /^The choices of / });
  const cut = (): Promise<number> =>
    region.evaluate((element) => element.scrollHeight - element.clientHeight);
  expect(await cut(), 'on screen, the table scrolls inside its region').toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  await expect.poll(cut).toBeLessThanOrEqual(0);
});
