/** Messages that every widget uses. */
export const common = {
  missingEndpoint: 'This widget is not set up yet: its endpoint attribute, the address of the directory, is missing.',
  errorNetwork: 'We could not reach the directory. Check your connection and try again.',
  errorTimeout: 'The directory is taking too long to answer. Please try again.',
  errorHttp: 'The directory could not answer just now. Please try again.',
  errorInvalidResponse: 'The directory sent an answer we could not read. Please try again later.',
  errorAborted: 'The request was cancelled.',
  retry: 'Try again',
  loading: 'Loading…',
};
