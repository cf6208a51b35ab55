/**
 * A bounded memo of answers by request URL. A release never changes while it is served, so an
 * answer computed once is valid until the server stops; the oldest entries are dropped first.
 *
 * @example
 * const cache = new AnswerCache<string>(2000);
 * const page = cache.get(request.url, () => render());
 */
export class AnswerCache<T> {
  private readonly entries = new Map<string, T>();

  /** @param capacity largest number of answers kept. Default 2000. */
  constructor(private readonly capacity = 2000) {}

  /** The answer for `key`, computed by `compute` on first use (a thrown error is not cached). */
  get(key: string, compute: () => T): T {
    const found = this.entries.get(key);
    if (found !== undefined) return found;
    const value = compute();
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return value;
  }
}
