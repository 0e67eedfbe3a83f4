import type { DistanceUnit, GeoPoint } from '../../src/directory/contract.ts';

/** Mean Earth radius (IUGG), the usual radius for great-circle distances. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_MILE = 1.609344;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance by the haversine formula, which stays accurate at short distances. */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLng = toRadians(lng2 - lng1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function toKm(value: number, unit: DistanceUnit): number {
  return unit === 'mi' ? value * KM_PER_MILE : value;
}

export function fromKm(km: number, unit: DistanceUnit): number {
  return unit === 'mi' ? km / KM_PER_MILE : km;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/**
 * A box that holds every point within `radiusKm` of the centre, to narrow a search before the
 * exact distance is computed. Near a pole or across the 180th meridian it spans all longitudes.
 */
export function boundingBox(centre: GeoPoint, radiusKm: number): BoundingBox {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const latDelta = (angular * 180) / Math.PI;
  const minLat = Math.max(-90, centre.lat - latDelta);
  const maxLat = Math.min(90, centre.lat + latDelta);
  if (minLat <= -90 || maxLat >= 90) return { minLat, maxLat, minLng: -180, maxLng: 180 };
  const lngDelta = (Math.asin(Math.min(1, Math.sin(angular) / Math.cos(toRadians(centre.lat)))) * 180) / Math.PI;
  const minLng = centre.lng - lngDelta;
  const maxLng = centre.lng + lngDelta;
  if (minLng < -180 || maxLng > 180 || lngDelta >= 90) return { minLat, maxLat, minLng: -180, maxLng: 180 };
  return { minLat, maxLat, minLng, maxLng };
}
