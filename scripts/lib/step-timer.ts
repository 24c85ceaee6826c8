/** Times the named steps of a run, for the CLI's progress lines and the benchmark. */
import { performance } from 'node:perf_hooks';

export interface StepTime {
  step: string;
  ms: number;
}

export class StepTimer {
  readonly steps: StepTime[] = [];
  private readonly onStep: ((time: StepTime) => void) | undefined;

  constructor(onStep?: (time: StepTime) => void) {
    this.onStep = onStep;
  }

  async run<T>(step: string, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await work();
    const time = { step, ms: performance.now() - start };
    this.steps.push(time);
    this.onStep?.(time);
    return result;
  }
}
