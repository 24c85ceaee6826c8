import { describe, expect, it } from 'vitest';
import { reliabilityOf } from '../../../src/lib/stats/index.ts';

describe('reliabilityOf', () => {
  it('suppresses below 30', () => {
    expect(reliabilityOf(0)).toBe('suppressed');
    expect(reliabilityOf(29)).toBe('suppressed');
  });

  it('flags 30 to 49 as unreliable', () => {
    expect(reliabilityOf(30)).toBe('unreliable');
    expect(reliabilityOf(49)).toBe('unreliable');
  });

  it('accepts 50 and more', () => {
    expect(reliabilityOf(50)).toBe('ok');
    expect(reliabilityOf(1200)).toBe('ok');
  });
});
