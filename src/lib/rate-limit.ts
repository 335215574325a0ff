/**
 * A sliding-window limit held in this server's memory: at most `limit` events per `windowMs` for
 * each key. Each instance keeps its own count, so several instances allow a few times the limit;
 * that is fine here because the hard cap is the link's `maxAnswers`, enforced in the database.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();
  private calls = 0;

  constructor(private readonly options: { limit: number; windowMs: number }) {}

  /** Counts one event for `key` and says whether it is within the limit; a refused one is not counted. */
  take(key: string, now: number = Date.now()): boolean {
    if (++this.calls % 500 === 0) this.sweep(now);
    const since = now - this.options.windowMs;
    const recent = (this.events.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.options.limit) {
      this.events.set(key, recent);
      return false;
    }
    recent.push(now);
    this.events.set(key, recent);
    return true;
  }

  /** Forgets keys with nothing in the window, so memory stays bounded by recent activity. */
  private sweep(now: number) {
    const since = now - this.options.windowMs;
    for (const [key, times] of this.events) if (!times.some((at) => at > since)) this.events.delete(key);
  }
}
