// Prints one line that sums up the fork simulation, after Vitest's own summary.
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

export default class ForkSummaryReporter implements Reporter {
  private started = 0;

  onTestRunStart(): void {
    this.started = performance.now();
  }

  onTestRunEnd(
    testModules: readonly TestModule[],
    _errors: readonly unknown[],
    reason: TestRunEndReason,
  ): void {
    const tests = testModules.flatMap((module) => [...module.children.allTests()]);
    const passed = tests.filter((test) => test.result().state === 'passed').length;
    const failed = tests.filter((test) => test.result().state === 'failed').length;
    const total = ((performance.now() - this.started) / 1000).toFixed(1);
    const build = process.env.FORK_BUILD_SECONDS ?? '?';
    console.log(
      `Fork simulation ${reason}: ${passed} checks passed, ${failed} failed; ` +
        `${total} s in all, of which the fork build took ${build} s.`,
    );
  }
}
