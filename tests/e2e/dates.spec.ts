import { expect, gotoHydrated, test } from './fixtures';

// The site's dates come formatted from the build (plugins/lean-client): making the browser's
// first `Intl.DateTimeFormat` is slow on a phone, and the footer of every page shows a date.

test('a page hydrates its dates without formatting them in the browser', async ({ page }) => {
  await page.addInitScript(() => {
    const made = { count: 0 };
    Object.assign(window, { dateFormatsMade: made });
    const counting: ProxyHandler<typeof Intl.DateTimeFormat> = {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made.count += 1;
        return new target(...args);
      },
      apply(target, _this, args: Parameters<typeof Intl.DateTimeFormat>) {
        made.count += 1;
        return target(...args);
      },
    };
    Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, counting);
  });
  for (const path of ['/policy', '/faq', '/comparison']) {
    await gotoHydrated(page, path);
    await expect(page.getByRole('contentinfo').locator('time')).toHaveText(/\d{4}/);
    expect(
      await page.evaluate(
        () => (window as unknown as { dateFormatsMade: { count: number } }).dateFormatsMade.count,
      ),
      `date formats made on ${path}`,
    ).toBe(0);
  }
});
