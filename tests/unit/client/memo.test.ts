import { describe, expect, it } from 'vitest';
import { memoise, memoiseBy } from '../../../src/client/memo.ts';

/** A start function that fails the first `failures` times, counting its calls. */
function flaky(failures: number): { start: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    start: () => {
      calls += 1;
      return calls <= failures ? Promise.reject(new Error(`failure ${calls}`)) : Promise.resolve(`value ${calls}`);
    },
    calls: () => calls,
  };
}

describe('memoise, forget on failure', () => {
  it('does not repeat a call that succeeded', async () => {
    const work = flaky(0);
    const memo = memoise(work.start);
    expect(await memo.get()).toBe('value 1');
    expect(await memo.get()).toBe('value 1');
    expect(work.calls()).toBe(1);
  });

  it('shares one call between concurrent callers', async () => {
    const work = flaky(0);
    const memo = memoise(work.start);
    const [a, b] = await Promise.all([memo.get(), memo.get()]);
    expect([a, b]).toEqual(['value 1', 'value 1']);
    expect(work.calls()).toBe(1);
  });

  it('retries a call that failed, and keeps the success', async () => {
    const work = flaky(1);
    const memo = memoise(work.start);
    await expect(memo.get()).rejects.toThrow('failure 1');
    expect(await memo.get()).toBe('value 2');
    expect(await memo.get()).toBe('value 2');
    expect(work.calls()).toBe(2);
  });

  it('starts over after forget(), which hands back what it dropped', async () => {
    const work = flaky(0);
    const memo = memoise(work.start);
    const first = memo.get();
    expect(memo.forget()).toBe(first);
    await first;
    expect(memo.forget()).toBeNull();
    expect(await memo.get()).toBe('value 2');
  });

  it('starts with the arguments of the first caller; later callers share its promise', async () => {
    const seen: string[] = [];
    const memo = memoise((name: string) => {
      seen.push(name);
      return Promise.resolve(name);
    });
    expect(await Promise.all([memo.get('first'), memo.get('second')])).toEqual(['first', 'first']);
    expect(seen).toEqual(['first']);
  });

  it('a stale failure does not drop the promise that replaced it', async () => {
    let calls = 0;
    let fail: (error: Error) => void = () => undefined;
    const memo = memoise(() => {
      calls += 1;
      return calls === 1 ? new Promise<string>((_, reject) => { fail = reject; }) : Promise.resolve('fresh');
    });
    const first = memo.get();
    void memo.forget();
    expect(await memo.get()).toBe('fresh');
    fail(new Error('late'));
    await expect(first).rejects.toThrow('late');
    expect(await memo.get()).toBe('fresh');
    expect(calls).toBe(2);
  });

  it('per key: each key is memoised and retried on its own', async () => {
    const calls = new Map<string, number>();
    const get = memoiseBy((key: string) => {
      const count = (calls.get(key) ?? 0) + 1;
      calls.set(key, count);
      return key === 'bad' && count === 1 ? Promise.reject(new Error('bad once')) : Promise.resolve(`${key} ${count}`);
    });
    await expect(get('bad')).rejects.toThrow('bad once');
    expect(await get('good')).toBe('good 1');
    expect(await get('good')).toBe('good 1');
    expect(await get('bad')).toBe('bad 2');
    expect(await get('bad')).toBe('bad 2');
    expect(Object.fromEntries(calls)).toEqual({ bad: 2, good: 1 });
  });
});
