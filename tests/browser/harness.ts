// Browser-test helpers. The implementation lives in src/cli/browserHarness.ts (Node only) so that
// `npm run bench:app` can share it without src/ importing from tests/.
export * from '../../src/cli/browserHarness.ts';
