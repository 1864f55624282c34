/**
 * Binary search over items sorted so that `before` is true for a prefix and false after it:
 * returns the index of the first item for which `before` is false (items.length if none).
 */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
