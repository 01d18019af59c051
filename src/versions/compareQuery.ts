/** Why the comparison page did not use the versions its address asked for. */
export type CompareNotice = 'unknown-version' | 'same-version' | null;

export interface Comparison {
  readonly from: string;
  readonly to: string;
  readonly notice: CompareNotice;
}

/**
 * Reads "?from=1&to=next" from the comparison page's address. Anything else
 * (a version that does not exist, the same version twice, a missing or
 * repeated parameter, odd characters) falls back to the default pair, with a
 * notice when the address asked for something the page cannot show.
 */
export function parseCompareQuery(
  search: string,
  ids: readonly string[],
  fallback: { readonly from: string; readonly to: string },
): Comparison {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...fallback, notice: 'unknown-version' };
  }
  const from = params.getAll('from');
  const to = params.getAll('to');
  if (from.length === 0 && to.length === 0) {
    return { ...fallback, notice: null };
  }
  if (from.length !== 1 || to.length !== 1 || !ids.includes(from[0]) || !ids.includes(to[0])) {
    return { ...fallback, notice: 'unknown-version' };
  }
  if (from[0] === to[0]) {
    return { ...fallback, notice: 'same-version' };
  }
  return { from: from[0], to: to[0], notice: null };
}
