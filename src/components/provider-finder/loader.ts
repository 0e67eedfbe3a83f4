import type { ReactiveControllerHost } from 'lit';

/**
 * One directory call at a time, and what it answered: the finder's taxonomy, results and profile.
 * A new run aborts the one in flight, whose late answer never lands. While a run is pending, the
 * last value stays (the results stay on screen, dimmed); a failure clears it and keeps the error.
 *
 * It replaces `@lit/task`, of which the finder used only this: about 0.65 KB gzip for visitors,
 * and the runs are clearer started where the finder decides to load (a search, a profile opening)
 * than derived from arguments on every update.
 */
export class Loader<T> {
  value?: T;
  error?: unknown;
  pending = false;
  /** The latest run: its value, or `undefined` when it failed or a newer run replaced it. */
  done: Promise<T | undefined> = Promise.resolve(undefined);
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (signal: AbortSignal) => Promise<T>,
  ) {}

  /** Starts a run, aborting the one in flight. */
  run = (): Promise<T | undefined> => {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.pending = true;
    this.host.requestUpdate();
    const settle = (value?: T, error?: unknown) => {
      if (controller !== this.controller) return undefined;
      this.value = value;
      this.error = error;
      this.pending = false;
      this.host.requestUpdate();
      return value;
    };
    return (this.done = this.load(controller.signal).then(settle, (error: unknown) => settle(undefined, error)));
  };

  /** Back to nothing loaded: aborts the run in flight and forgets the last answer. */
  reset(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.value = this.error = undefined;
    this.pending = false;
  }
}
