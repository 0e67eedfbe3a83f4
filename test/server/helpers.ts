import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { createApp, type AppOptions, type DirectoryApp } from '../../demo/server/app.ts';
import { openDatabase, type DirectoryDatabase } from '../../demo/server/db.ts';
import { seedSampleData } from '../../demo/server/seed.ts';

export const TEST_SEED = 7;
export const TEST_PROVIDER_COUNT = 400;

export interface TestServer {
  /** The API base, such as `http://127.0.0.1:41234/api/v1`. */
  base: string;
  origin: string;
  db: DirectoryDatabase;
  directory: DirectoryApp;
  databasePath: string;
  /** Stops the server and closes the database; the files stay until `remove()`. */
  stop(): Promise<void>;
  remove(): void;
}

/** A fresh database file in the system's temporary folder, with a small seeded dataset. */
export function tempDatabase(seed = true): { path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'directory-test-'));
  const path = join(dir, 'directory.db');
  if (seed) {
    const db = openDatabase(path);
    seedSampleData(db, { seed: TEST_SEED, providerCount: TEST_PROVIDER_COUNT });
    db.close();
  }
  return { path, dir };
}

/** Runs the reference server on an ephemeral loopback port, over a real SQLite file. */
export async function startTestServer(options: AppOptions & { databasePath?: string } = {}): Promise<TestServer> {
  const { path, dir } = options.databasePath ? { path: options.databasePath, dir: undefined } : tempDatabase();
  const db = openDatabase(path);
  const directory = createApp({
    rateLimits: { listings: { burst: 1000, perMinute: 1000 }, reports: { burst: 1000, perMinute: 1000 }, exports: { burst: 1000, perMinute: 1000 } },
    ...options,
    database: db,
  });
  const server = serve({ fetch: directory.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    base: `${origin}/api/v1`,
    origin,
    db,
    directory,
    databasePath: path,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      directory.close();
      if (db.open) db.close();
    },
    remove() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a test server before the tests of the enclosing suite and removes it after them. The
 * answer stands for that server once it runs.
 */
export function useTestServer(options: AppOptions = {}): TestServer {
  let started: TestServer | undefined;
  before(async () => {
    started = await startTestServer(options);
  });
  after(async () => {
    await started?.stop();
    started?.remove();
  });
  return new Proxy({} as TestServer, {
    get(_, key) {
      if (!started) throw new Error('The test server starts in before(): use it inside a test.');
      return Reflect.get(started, key);
    },
  });
}

export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return getJson(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** A listing that passes every rule. */
export function validListing(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Avery Quinn',
    credentials: ['LCSW'],
    email: 'avery.quinn@example.org',
    phone: '(503) 555-0142',
    practice: 'Quinn Counseling',
    website: 'https://example.org/avery',
    address: { street: '1 Main St', city: 'Portland', region: 'OR', postalCode: '97201' },
    services: ['integration-therapy'],
    conditions: ['ptsd', 'depression'],
    formats: ['telehealth'],
    languages: ['en', 'es'],
    insurances: ['aetna'],
    license: { region: 'OR', type: 'Clinical Social Worker', number: 'L1234' },
    message: 'I would like to be listed.',
    consent: true,
    consentText: 'I agree that the directory may store these details to contact me about a listing.',
    fillTime: 45_000,
    ...overrides,
  };
}
