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
  expect(await sidewaysScroll(page)).toBe(0);
});

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
