// Helpers for the import browser tests: put files into the import page's file input, wait for the
// extraction to finish, and read back a download.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { hasShared } from '../shared.ts';
import { type BrowserSuite, describeBrowser } from './suite.ts';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function upload(
  name: string,
  content: string | Uint8Array,
  mimeType = 'application/octet-stream',
): UploadFile {
  return { name, mimeType, buffer: Buffer.from(content) };
}

/** describeBrowser that also needs ../shared (the corpus), skipped loudly when it is absent. */
export function describeBrowserWithShared(name: string, fn: (suite: BrowserSuite) => void): void {
  if (!hasShared) {
    console.warn(`[skipped] "${name}": ../shared is absent (needs ../shared/corpus)`);
    describe.skip(`${name} (skipped: ../shared absent)`, () => {
      it('needs ../shared/corpus', () => undefined);
    });
    return;
  }
  describeBrowser(name, fn);
}

/** Chooses files in the import page's file input and waits until every one has an outcome. */
export async function importFiles(page: Page, files: readonly (string | UploadFile)[]): Promise<number> {
  const input = page.getByTestId('import-files');
  await input.waitFor({ state: 'attached' });
  const t0 = Date.now();
  await input.setInputFiles(files as string[]);
  await page
    .getByTestId('file-outcomes')
    .locator('li')
    .nth(files.length - 1)
    .waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.import-progress[aria-busy="true"]'));
  return Date.now() - t0;
}

/** Clicks a button that downloads a file and returns the file's text. */
export async function downloadOf(
  page: Page,
  buttonName: string | RegExp,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
