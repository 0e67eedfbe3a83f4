import type { ExportFormat } from '../../directory/contract.js';
import { bubbling } from '../../internal/events.js';

/** `references-ready`: the entries are final (resolved, or shown as written); `count` of them. */
export class ReferencesReadyEvent extends Event {
  constructor(readonly count: number) {
    super('references-ready', bubbling);
  }
}

/** `references-copy`: a reader copied one entry (`scope: 'entry'`) or the whole list (`'all'`). */
export class ReferencesCopyEvent extends Event {
  constructor(
    readonly text: string,
    readonly scope: 'entry' | 'all',
  ) {
    super('references-copy', bubbling);
  }
}

/**
 * `references-export`: a reader is downloading the list, and the file is ready (BibTeX and RIS come
 * from the endpoint, so the event follows its answer). `text` is the file's content. Cancelable: a
 * host that saves files its own way calls `preventDefault()` and no download starts.
 */
export class ReferencesExportEvent extends Event {
  constructor(
    readonly format: ExportFormat,
    readonly filename: string,
    readonly text: string,
  ) {
    super('references-export', { ...bubbling, cancelable: true });
  }
}

// On GlobalEventHandlersEventMap, so that listeners on the document and the window are typed too:
// the events bubble out of the shadow root.
declare global {
  interface GlobalEventHandlersEventMap {
    'references-ready': ReferencesReadyEvent;
    'references-copy': ReferencesCopyEvent;
    'references-export': ReferencesExportEvent;
  }
}
