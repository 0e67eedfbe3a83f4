import type { FormValues } from './fields.js';
import type { PendingSubmission } from './submission.js';

/** What the person typed, when they started, and the submission that may still be in flight. */
export interface ListingDraft {
  values: FormValues;
  startedAt?: number;
  pending?: PendingSubmission;
}

/**
 * The listing draft, kept only in the visitor's own browser: `sessionStorage` (this tab, until it
 * closes) or `localStorage`, under one key per form. Storage may be missing, blocked or full
 * (private browsing, blocked cookies, quota): then nothing is kept and the form works as before.
 */
export class ListingDraftStore {
  constructor(
    readonly key: string,
    private readonly persist: 'session' | 'local',
  ) {}

  /**
   * The draft kept under this form's key, if any. Its parts are checked where they are used: the
   * values by their fields' types; `startedAt` is a number or left out.
   */
  read(): ListingDraft | undefined {
    const draft = this.use((storage) => JSON.parse(storage.getItem(this.key) ?? 'null'));
    return draft?.values instanceof Object ? { ...draft, startedAt: Number(draft.startedAt) || undefined } : undefined;
  }

  write(draft: ListingDraft): void {
    this.use((storage) => storage.setItem(this.key, JSON.stringify(draft)));
  }

  clear(): void {
    this.use((storage) => storage.removeItem(this.key));
  }

  private use<T>(action: (storage: Storage) => T): T | undefined {
    try {
      return action(this.persist === 'local' ? localStorage : sessionStorage);
    } catch {
      // No storage here, or it is full, or it holds something that is not a draft.
      return undefined;
    }
  }
}
