import { US_REGION_CODES } from '../../directory/listing-rules.js';

/** The names of the US states, DC and the inhabited territories, in the order of `US_REGION_CODES`. */
const names = (
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|Florida|' +
  'Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|' +
  'Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|' +
  'New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|' +
  'South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|' +
  'American Samoa|Guam|Northern Mariana Islands|Puerto Rico|U.S. Virgin Islands'
).split('|');

/**
 * The choices of a state select, by name: people look for their state's name, not its code. The
 * codes come from the shared listing rules, so the two lists are one.
 */
export const regions: Array<[code: string, name: string]> = [...US_REGION_CODES].map((code, index) => [code, names[index]]);
