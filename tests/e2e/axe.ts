// The one place that runs axe. Every scan asserts that it found no violation, so no test can
// scan and forget to check; eslint.config.mjs forbids importing axe anywhere else.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The WCAG tags this site promises to meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A rule left out of one scan, and why; a scan cannot leave a rule out without a reason. */
export interface SkippedRule {
  readonly rule: string;
  readonly reason: string;
}

/** What part of the page a scan covers. By default, all of it. */
export interface AxeScope {
  /** CSS selectors of the parts to scan; the rest of the page is left out. */
  readonly include?: readonly string[];
  /** CSS selectors of parts to leave out. */
  readonly exclude?: readonly string[];
  /** Rules to leave out, each with its reason. */
  readonly skip?: readonly SkippedRule[];
}

/** True once no CSS transition runs, so that axe never measures a colour halfway. */
function transitionsEnded(): boolean {
  return document.getAnimations().every((animation) => !(animation instanceof CSSTransition));
}

/**
 * Scans the page as it is now with axe, limited to the WCAG tags above, and fails unless axe
 * finds no violation. `what` names the page's state in the report and in a failure.
 */
export async function expectNoAxeViolations(
  page: Page,
  what: string,
  scope: AxeScope = {},
): Promise<void> {
  await test.step(
    `axe: ${what}`,
    async () => {
      await expect
        .poll(() => page.evaluate(transitionsEnded), `${what}: transitions end`)
        .toBe(true);
      let builder = new AxeBuilder({ page }).options({
        // One call sets both: a later options() would drop the tags that withTags() set.
        runOnly: { type: 'tag', values: wcagTags },
        // Only violations are asserted; axe then details no passing element, which is faster.
        resultTypes: ['violations'],
      });
      // Without frames, axe can finish in the page itself instead of in a new blank page, with
      // the same results in half the time. A page with frames gets the frame-by-frame scan.
      if (page.frames().length === 1) {
        builder = builder.setLegacyMode(true);
      }
      for (const selector of scope.include ?? []) {
        builder = builder.include(selector);
      }
      for (const selector of scope.exclude ?? []) {
        builder = builder.exclude(selector);
      }
      const skipped = scope.skip ?? [];
      for (const { rule, reason } of skipped) {
        if (reason.trim() === '') {
          throw new Error(`Say why the axe rule ${rule} is left out of the scan "${what}".`);
        }
      }
      if (skipped.length > 0) {
        builder = builder.disableRules(skipped.map(({ rule }) => rule));
      }
      const results = await builder.analyze();
      expect(results.toolOptions.runOnly, 'the rules axe ran').toEqual({
        type: 'tag',
        values: wcagTags,
      });
      expect(results.violations, `axe violations: ${what}`).toEqual([]);
    },
    { box: true },
  );
}
