/**
 * Hand-written checks of the contract's JSON shapes. Each answers a list of plain problems
 * ("items[2].distance is not a number"); an empty list means the value has the shape.
 */

type Issues = string[];

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Inspector {
  readonly issues: Issues = [];

  object(value: unknown, path: string): value is Record<string, unknown> {
    if (isObject(value)) return true;
    this.issues.push(`${path} should be an object, not ${kind(value)}`);
    return false;
  }

  string(value: unknown, path: string, optional = false): void {
    if (optional && value === undefined) return;
    if (typeof value !== 'string') this.issues.push(`${path} should be a string, not ${kind(value)}`);
  }

  number(value: unknown, path: string, optional = false): void {
    if (optional && value === undefined) return;
    if (typeof value !== 'number' || !Number.isFinite(value)) this.issues.push(`${path} should be a number, not ${kind(value)}`);
  }

  boolean(value: unknown, path: string, optional = false): void {
    if (optional && value === undefined) return;
    if (typeof value !== 'boolean') this.issues.push(`${path} should be true or false, not ${kind(value)}`);
  }

  date(value: unknown, path: string, optional = false): void {
    if (optional && value === undefined) return;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) this.issues.push(`${path} should be an ISO 8601 date-time`);
  }

  array(value: unknown, path: string, each: (item: unknown, path: string) => void, optional = false): void {
    if (optional && value === undefined) return;
    if (!Array.isArray(value)) {
      this.issues.push(`${path} should be an array, not ${kind(value)}`);
      return;
    }
    value.forEach((item, index) => each(item, `${path}[${index}]`));
  }

  strings(value: unknown, path: string, optional = false): void {
    this.array(value, path, (item, itemPath) => this.string(item, itemPath), optional);
  }

  point(value: unknown, path: string, optional = false): void {
    if (optional && value === undefined) return;
    if (!this.object(value, path)) return;
    this.number(value.lat, `${path}.lat`);
    this.number(value.lng, `${path}.lng`);
  }
}

export function taxonomyIssues(value: unknown): Issues {
  const check = new Inspector();
  if (!check.object(value, 'taxonomy')) return check.issues;
  check.string(value.version, 'version');
  for (const list of ['conditions', 'services', 'formats', 'insurances', 'languages', 'credentials', 'regions']) {
    check.array(value[list], list, (term, path) => {
      if (!check.object(term, path)) return;
      check.string(term.id, `${path}.id`);
      check.string(term.label, `${path}.label`);
      check.strings(term.legalIn, `${path}.legalIn`, true);
    });
    if (Array.isArray(value[list])) {
      const ids = (value[list] as Array<{ id?: unknown }>).map((term) => term?.id);
      if (new Set(ids).size !== ids.length) check.issues.push(`${list} has the same id twice`);
    }
  }
  return check.issues;
}

function place(check: Inspector, value: unknown, path: string): void {
  if (!check.object(value, path)) return;
  check.string(value.id, `${path}.id`);
  check.string(value.label, `${path}.label`);
  check.number(value.lat, `${path}.lat`);
  check.number(value.lng, `${path}.lng`);
  check.string(value.region, `${path}.region`);
}

export function placeListIssues(value: unknown): Issues {
  const check = new Inspector();
  if (check.object(value, 'answer')) check.array(value.items, 'items', (item, path) => place(check, item, path));
  return check.issues;
}

function summary(check: Inspector, value: unknown, path: string): value is Record<string, unknown> {
  if (!check.object(value, path)) return false;
  check.string(value.id, `${path}.id`);
  check.string(value.name, `${path}.name`);
  check.strings(value.credentials, `${path}.credentials`);
  check.string(value.practice, `${path}.practice`, true);
  check.string(value.photo, `${path}.photo`, true);
  if (check.object(value.address, `${path}.address`)) {
    check.string(value.address.city, `${path}.address.city`);
    check.string(value.address.region, `${path}.address.region`);
    check.string(value.address.postalCode, `${path}.address.postalCode`);
  }
  check.point(value.location, `${path}.location`, true);
  check.number(value.distance, `${path}.distance`, true);
  for (const list of ['services', 'conditions', 'formats', 'languages']) check.strings(value[list], `${path}.${list}`);
  check.boolean(value.acceptingNewClients, `${path}.acceptingNewClients`);
  check.boolean(value.verified, `${path}.verified`);
  check.boolean(value.featured, `${path}.featured`, true);
  check.date(value.availabilityConfirmedAt, `${path}.availabilityConfirmedAt`, true);
  check.date(value.updatedAt, `${path}.updatedAt`);
  return true;
}

export function providerPageIssues(value: unknown): Issues {
  const check = new Inspector();
  if (!check.object(value, 'answer')) return check.issues;
  check.array(value.items, 'items', (item, path) => summary(check, item, path));
  check.number(value.total, 'total');
  check.number(value.page, 'page');
  check.number(value.pageSize, 'pageSize');
  if (value.origin !== undefined) check.point(value.origin, 'origin');
  if (typeof value.pageSize === 'number' && value.pageSize > 50) check.issues.push(`pageSize is ${value.pageSize}, above the cap of 50`);
  if (Array.isArray(value.items) && typeof value.pageSize === 'number' && value.items.length > value.pageSize) {
    check.issues.push(`${value.items.length} items on a page of ${value.pageSize}`);
  }
  if (Array.isArray(value.items) && typeof value.total === 'number' && value.total < value.items.length) {
    check.issues.push(`total ${value.total} is below the ${value.items.length} items shown`);
  }
  return check.issues;
}

export function providerIssues(value: unknown): Issues {
  const check = new Inspector();
  if (!summary(check, value, 'provider')) return check.issues;
  check.string(value.bio, 'bio');
  for (const field of ['phone', 'email', 'website', 'bookingUrl']) check.string(value[field], field, true);
  check.strings(value.insurances, 'insurances');
  check.strings(value.trainings, 'trainings');
  check.array(value.licenses, 'licenses', (license, path) => {
    if (!check.object(license, path)) return;
    check.string(license.region, `${path}.region`);
    check.string(license.type, `${path}.type`);
    check.string(license.number, `${path}.number`, true);
  });
  if (value.fees !== undefined && check.object(value.fees, 'fees')) {
    check.number(value.fees.min, 'fees.min');
    check.number(value.fees.max, 'fees.max');
    check.string(value.fees.currency, 'fees.currency');
    check.boolean(value.fees.slidingScale, 'fees.slidingScale');
  }
  return check.issues;
}

export function problemIssues(value: unknown, status: number): Issues {
  const check = new Inspector();
  if (!check.object(value, 'problem')) return check.issues;
  check.string(value.type, 'type');
  check.string(value.title, 'title');
  check.number(value.status, 'status');
  check.string(value.detail, 'detail', true);
  if (value.status !== status) check.issues.push(`status member is ${String(value.status)} but the response was ${status}`);
  if (value.errors !== undefined && check.object(value.errors, 'errors')) {
    for (const [field, messages] of Object.entries(value.errors)) check.strings(messages, `errors.${field}`);
  }
  return check.issues;
}

export function resolveResultIssues(value: unknown): Issues {
  const check = new Inspector();
  if (!check.object(value, 'answer')) return check.issues;
  check.array(value.items, 'items', (item, path) => {
    if (!check.object(item, path)) return;
    check.string(item.id, `${path}.id`);
    check.string(item.type, `${path}.type`);
    check.string(item.title, `${path}.title`, true);
    check.string(item.openAccessUrl, `${path}.openAccessUrl`, true);
    if (item.status !== undefined && check.object(item.status, `${path}.status`)) {
      check.array(item.status.updates, `${path}.status.updates`, (update, updatePath) => {
        if (!check.object(update, updatePath)) return;
        if (!['retraction', 'correction', 'expression-of-concern'].includes(update.type as string)) {
          check.issues.push(`${updatePath}.type should be retraction, correction or expression-of-concern`);
        }
      }, true);
    }
  });
  check.strings(value.missing, 'missing');
  return check.issues;
}

export function listingReceiptIssues(value: unknown): Issues {
  const check = new Inspector();
  if (!check.object(value, 'receipt')) return check.issues;
  check.string(value.id, 'id');
  if (value.status !== 'received') check.issues.push('status should be "received"');
  check.date(value.receivedAt, 'receivedAt');
  return check.issues;
}
