// Runs a generator's steps in slices of a few milliseconds, giving the page back between slices
// (input, painting), so long work on the page never becomes one long task.

/** Gives the page back: scheduler.yield() where the browser has it, else a new task. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The generator's result, or null once `signal` is aborted (the rest is not run). `sliceMs`:
 * how long one slice may run before the page gets a turn; the Long Tasks API counts 50 ms.
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  signal: AbortSignal,
  sliceMs = 8,
): Promise<T | null> {
  // Not in the caller's task: that one is already busy (a render, a message from a worker).
  await nextTask();
  let end = performance.now() + sliceMs;
  for (;;) {
    if (signal.aborted) return null;
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= end) {
      await nextTask();
      end = performance.now() + sliceMs;
    }
  }
}
