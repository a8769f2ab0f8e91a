// axe-core over a whole page; serious and critical violations fail the test with a readable list.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  // Colours are checked as they end up: a message fading in is half its colour for a moment
  // (axe once read an error alert at 2.7:1 contrast mid-transition). Endless animations, such as
  // spinners, are not waited for; nothing is waited for more than two seconds.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ')}`)
        .join('\n'),
  );
  expect(report, `axe found serious or critical violations on ${page.url()}`).toEqual([]);
}
