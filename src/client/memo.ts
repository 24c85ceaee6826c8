/**
 * "Memoise, forget on failure": the browser code's one rule for work done once per visit (importing
 * a module, starting DuckDB, opening the Parquet file, loading Pagefind). Concurrent callers share one promise; a promise
 * that rejects is dropped, so the next call starts over and a retry can succeed; one that fulfils is
 * kept. Forgetting a promise that has since been replaced leaves its successor alone.
 */

export interface Memo<T, A extends unknown[] = []> {
  /** The cached promise, or a new one from the start function (given these arguments) when there is none. */
  get(...args: A): Promise<T>;
  /** Drops the cached promise (whatever its state), so the next get() starts over; returns what it dropped. */
  forget(): Promise<T> | null;
}

/** `start`'s arguments are those of the get() that starts it; later callers share its promise, whatever they pass. */
export function memoise<T, A extends unknown[] = []>(start: (...args: A) => Promise<T>): Memo<T, A> {
  let cached: Promise<T> | null = null;
  return {
    get(...args) {
      if (cached) return cached;
      const started = start(...args);
      cached = started;
      started.catch(() => {
        if (cached === started) cached = null;
      });
      return started;
    },
    forget() {
      const dropped = cached;
      cached = null;
      return dropped;
    },
  };
}

/** memoise() per key: one promise per key, each forgotten on its own failure. */
export function memoiseBy<K, T>(start: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const memos = new Map<K, Memo<T>>();
  return (key) => {
    let memo = memos.get(key);
    if (!memo) {
      memo = memoise(() => start(key));
      memos.set(key, memo);
    }
    return memo.get();
  };
}
