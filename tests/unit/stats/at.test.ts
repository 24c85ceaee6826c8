import { describe, expect, it } from 'vitest';
import { at } from '../../../src/lib/stats/at.ts';

describe('at', () => {
  it('reads the element at an index inside the array, typed arrays included', () => {
    expect(at([4, 5, 6], 0)).toBe(4);
    expect(at([4, 5, 6], 2)).toBe(6);
    expect(at(new Float64Array([0.5, 1.5]), 1)).toBe(1.5);
    expect(at([0], 0)).toBe(0);
  });

  it('throws on a wrong index instead of reading it as 0', () => {
    expect(() => at([4, 5, 6], 3)).toThrow(new RangeError('index 3 is outside the array (length 3)'));
    expect(() => at([4, 5, 6], -1)).toThrow(RangeError);
    expect(() => at(new Int32Array(2), 1.5)).toThrow('index 1.5 is outside the array (length 2)');
    expect(() => at([], 0)).toThrow(RangeError);
  });
});
