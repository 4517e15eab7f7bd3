// The end of a test script: runs its main, prints the verdict of its checks, always cleans up, and
// exits 1 when a check failed or main threw (with the stack), else 0.

/**
 * @param {{ main: () => Promise<void>, failures: unknown[], log: (m: string) => void, out: string, tag: string, cleanUp: () => Promise<void> }} options
 */
export async function runMain({ main, failures, log, out, tag, cleanUp }) {
  let code = 0;
  try {
    await main();
    if (failures.length > 0) {
      code = 1;
      log(`${failures.length} check(s) failed`);
    } else log(`all checks passed; received mail in ${out}`);
  } catch (error) {
    code = 1;
    process.stderr.write(`[${tag}] ${error instanceof Error ? error.stack : String(error)}\n`);
  } finally {
    await cleanUp();
  }
  process.exit(code);
}
