/** A bad input, flag or configuration value: the run stops with exit code 2 and this message. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
