// The `zipcodes` package ships no types; this is the part of its data file the gazetteer reads.
declare module 'zipcodes/lib/codes.js' {
  interface ZipRecord {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  }
  export const codes: Record<string, ZipRecord>;
}
declare module 'zipcodes/lib/states.js' {
  export const full: Record<string, string>;
}
