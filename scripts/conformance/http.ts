/** A small HTTP client for the checks: every answer is read once, as text and as JSON when it is JSON. */
export interface Answer {
  status: number;
  headers: Headers;
  contentType: string;
  json: unknown;
  text: string;
}

export class Endpoint {
  readonly base: string;

  constructor(base: string) {
    this.base = base.replace(/\/+$/, '');
  }

  async request(path: string, init: RequestInit = {}): Promise<Answer> {
    const response = await fetch(this.base + path, { ...init, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
    const text = await response.text();
    const contentType = response.headers.get('Content-Type') ?? '';
    let json: unknown;
    if (/json/i.test(contentType) && text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: response.status, headers: response.headers, contentType, json, text };
  }

  get(path: string): Promise<Answer> {
    return this.request(path, { headers: { Accept: 'application/json' } });
  }

  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    return this.request(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }
}
