// Access to ../shared (corpus, spec, gold). Tests that need it skip with a visible message when it
// is absent, so a fresh clone without it still passes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = process.env.SHARED_DIR ?? resolve(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'corpus')) && existsSync(join(SHARED, 'spec'));

export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts);
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

/** describe() that runs only when ../shared is present, and says so loudly when it is skipped. */
export function describeWithShared(name: string, fn: () => void): void {
  if (!hasShared) {
    console.warn(`[skipped] "${name}": ${SHARED} is absent (needs ../shared/corpus and ../shared/spec)`);
    // Not fn: vitest runs a skipped describe's body to collect its tests, and the body reads
    // ../shared. One skipped placeholder keeps the skip visible in the summary.
    describe.skip(`${name} (skipped: ../shared absent)`, () => {
      it('needs ../shared', () => undefined);
    });
    return;
  }
  describe(name, fn);
}
