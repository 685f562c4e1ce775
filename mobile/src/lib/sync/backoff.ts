/**
 * Exponential backoff with full jitter: after the n-th failed attempt wait a random
 * time up to base * 2^(n-1), capped, so many phones coming back online at once
 * don't hit the server in lockstep. A Retry-After from the server wins.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000 };

export function backoffDelay(
  attempts: number,
  policy: BackoffPolicy,
  random: () => number,
  retryAfterSeconds: number | null = null,
): number {
  if (retryAfterSeconds !== null && retryAfterSeconds >= 0) {
    return Math.min(retryAfterSeconds * 1000, policy.maxMs);
  }
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  // Never less than half the ceiling: jitter spreads retries, it must not make them immediate.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds : null;
}
