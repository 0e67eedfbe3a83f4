import type { DistanceUnit, Provider, ProviderSummary } from '../../src/directory/contract.ts';
import { fromKm } from './geo.ts';

/** A row of the `providers` table, with the distance a search computed. */
export interface ProviderRow {
  id: string;
  name: string;
  practice: string | null;
  photo: string | null;
  street: string | null;
  city: string;
  region: string;
  postal_code: string;
  lat: number | null;
  lng: number | null;
  credentials: string;
  services: string;
  conditions: string;
  formats: string;
  languages: string;
  insurances: string;
  accepting: number;
  verified: number;
  featured: number;
  availability_confirmed_at: string | null;
  updated_at: string;
  bio: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  booking_url: string | null;
  fees: string | null;
  licenses: string;
  trainings: string;
  distance_km?: number | null;
}

/** Copies only the fields that have a value, so absent optional fields are left out of the JSON. */
function present<T extends Record<string, string | null>>(fields: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as { [K in keyof T]?: string };
}

export function toSummary(row: ProviderRow, unit: DistanceUnit): ProviderSummary {
  return {
    id: row.id,
    name: row.name,
    credentials: JSON.parse(row.credentials),
    ...present({ practice: row.practice, photo: row.photo }),
    address: { city: row.city, region: row.region, postalCode: row.postal_code },
    ...(row.lat !== null && row.lng !== null ? { location: { lat: row.lat, lng: row.lng } } : {}),
    ...(typeof row.distance_km === 'number' ? { distance: Math.round(fromKm(row.distance_km, unit) * 10) / 10 } : {}),
    services: JSON.parse(row.services),
    conditions: JSON.parse(row.conditions),
    formats: JSON.parse(row.formats),
    languages: JSON.parse(row.languages),
    acceptingNewClients: row.accepting === 1,
    verified: row.verified === 1,
    featured: row.featured === 1,
    ...present({ availabilityConfirmedAt: row.availability_confirmed_at }),
    updatedAt: row.updated_at,
  };
}

export function toProvider(row: ProviderRow, unit: DistanceUnit = 'mi'): Provider {
  const summary = toSummary(row, unit);
  return {
    ...summary,
    address: { ...present({ street: row.street }), ...summary.address },
    bio: row.bio,
    ...present({ phone: row.phone, email: row.email, website: row.website, bookingUrl: row.booking_url }),
    insurances: JSON.parse(row.insurances),
    ...(row.fees ? { fees: JSON.parse(row.fees) } : {}),
    licenses: JSON.parse(row.licenses),
    trainings: JSON.parse(row.trainings),
  };
}
