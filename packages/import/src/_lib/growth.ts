/**
 * Above this size glibc's allocator always maps a block on its own and unmaps it when freed (its
 * largest mmap threshold is 32 MiB). Below, the threshold moves: each mapped block freed raises it
 * to that block's size, after which blocks up to that size come from the allocator's heaps, which
 * keep the memory once they are freed. A table that grows by copying (1, 2, 4 … 16 MiB) freed one
 * such block after another, and the import then held 50–70 MB it no longer used (1M-row export).
 */
const ALWAYS_MAPPED = 33 * 1024 * 1024;
/** From this size a growing table jumps to {@link ALWAYS_MAPPED}: the pages never written cost nothing. */
const LARGE = 1024 * 1024;

/**
 * The new length of a table that grows by copying: at least `need`, `factor` times the current
 * one, and once large, never a size whose freeing would move the allocator's threshold.
 *
 * @param current - the current length, in items
 * @param need - the length needed, in items
 * @param bytesPerItem - the size of an item (a typed array's `BYTES_PER_ELEMENT`)
 * @param factor - the growth factor
 */
export function grownLength(current: number, need: number, bytesPerItem = 1, factor = 2): number {
  const next = Math.max(need, Math.ceil(current * factor));
  const bytes = next * bytesPerItem;
  return bytes >= LARGE && bytes < ALWAYS_MAPPED ? Math.ceil(ALWAYS_MAPPED / bytesPerItem) : next;
}
