import type { ListingErrorCode } from '../../directory/listing-rules.js';

/** The message of each error code of the shared listing rules. */
const errors: Record<ListingErrorCode, string> = {
  required: 'Please fill this in.',
  invalid: "This isn't in a form we can read.",
  email: 'Please enter an email address such as name@example.com.',
  phone: 'Please enter a US phone number with its area code.',
  url: 'Please enter a web address starting with https://.',
  region: 'Please choose a US state.',
  'postal-code': 'Please enter a 5-digit ZIP code.',
  'too-long': 'Please shorten this.',
  'too-many': 'Please choose fewer.',
  'unknown-term': "One of these choices isn't one we offer.",
  consent: 'Please agree to be listed.',
};

/** Messages of `<listing-form>`. */
export const listingForm = {
  listingAboutYou: 'About you',
  listingPracticeSection: 'Your practice',
  listingOfferSection: 'What you offer',
  listingLicenseSection: 'License',
  listingName: 'Full name',
  listingCredentials: 'Credentials',
  listingEmail: 'Email',
  listingPhone: 'Phone',
  listingPractice: 'Practice name',
  listingWebsite: 'Website',
  listingStreet: 'Street address',
  listingCity: 'City',
  listingRegion: 'State',
  listingPostalCode: 'ZIP code',
  listingServices: 'Services offered',
  listingConditions: 'Conditions treated',
  listingFormats: 'Formats',
  listingLanguages: 'Languages',
  listingInsurances: 'Insurances accepted',
  listingLicenseRegion: 'State of license',
  listingLicenseType: 'License type',
  listingLicenseNumber: 'License number',
  listingMessage: 'Anything else we should know?',
  listingConsent:
    'I agree that the directory may store these details to review and publish my listing, and may contact me about it.',
  listingMarketingOptIn: 'Send me occasional news about the directory.',
  listingOptional: '(optional)',
  listingChooseRegion: 'Choose a state',
  listingHoneypot: 'Leave this field empty',
  listingSubmit: 'Get listed',
  listingSending: 'Sending…',
  listingSuccess: 'Thank you! Your submission has been received!',
  listingFailure: 'Oops! Something went wrong while submitting the form.',
  listingTermsFailed: 'The choices for this form could not be loaded.',
  listingProblems: (count: number) => (count === 1 ? 'There is 1 problem' : `There are ${count} problems`),
  listingRestored: 'We kept what you typed earlier on this device.',
  listingClear: 'Clear form',
  /**
   * A field's error, by the error code of the shared listing rules: one message with an argument
   * rather than a message per code. A host replaces it with a function of the code.
   */
  listingError: (code: ListingErrorCode) => errors[code],
};
