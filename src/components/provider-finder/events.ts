import type { Provider, ProviderQuery, ProviderSummary, ReportReason } from '../../directory/contract.js';
import { bubbling } from '../../internal/events.js';

/** `provider-search`: a search was sent; `query` holds the parameters of `GET /providers`. */
export class ProviderSearchEvent extends Event {
  constructor(readonly query: ProviderQuery) {
    super('provider-search', bubbling);
  }
}

/**
 * `provider-select`: a person opened a provider's profile. Cancelable: a host that shows profiles
 * its own way calls `preventDefault()` and the finder keeps its result list.
 */
export class ProviderSelectEvent extends Event {
  constructor(readonly provider: ProviderSummary) {
    super('provider-select', { ...bubbling, cancelable: true });
  }
}

/** How a person contacts a provider. */
export type ContactKind = 'phone' | 'email' | 'website' | 'booking';

/** `provider-contact`: a person followed one of a provider's contact links. */
export class ProviderContactEvent extends Event {
  constructor(
    readonly kind: ContactKind,
    readonly provider: Provider,
  ) {
    super('provider-contact', bubbling);
  }
}

/** `provider-report`: the directory received a person's report about a listing. */
export class ProviderReportEvent extends Event {
  constructor(
    readonly providerId: string,
    readonly reason: ReportReason,
  ) {
    super('provider-report', bubbling);
  }
}

declare global {
  interface HTMLElementEventMap {
    'provider-search': ProviderSearchEvent;
    'provider-select': ProviderSelectEvent;
    'provider-contact': ProviderContactEvent;
    'provider-report': ProviderReportEvent;
  }
}
