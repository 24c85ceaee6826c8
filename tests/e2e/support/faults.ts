/** The explorer's fault path, shared by the fault tests: a clear message, the default view kept, Retry working. */
import { expect, type Page } from '@playwright/test';
import { defaultTable, expectedCells, expectSameCells, shownCells, waitForEngineView } from './explorer.ts';

/** Waits for the fault message, checks the default view is still there, lifts the fault and retries. */
export async function expectFaultThenRetry(page: Page, message: RegExp | string, lift: () => Promise<void>, timeout = 45_000): Promise<void> {
  const error = page.locator('[data-engine-error]');
  await expect(error).toBeVisible({ timeout });
  await expect(error).toContainText(message);
  await expect(page.locator('[data-engine]')).toHaveAttribute('data-engine-state', 'fault');
  // The default view is still there, with its numbers.
  await expect(page.locator('[data-explorer-table]')).toHaveAttribute('data-source', 'build');
  expectSameCells(await shownCells(page), expectedCells(defaultTable()));
  await expect(page.locator('[data-explorer-figure] svg[viewBox]')).toBeVisible();

  await lift();
  await page.locator('[data-engine-retry]').click();
  await waitForEngineView(page, 'q=trust_police&by=wave&country=2&w=1&dk=0&chart=lines');
  await expect(error).toBeHidden();
  expectSameCells(await shownCells(page), expectedCells(defaultTable()));
}
