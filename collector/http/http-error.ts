import type { ValidationProblem } from '../../contracts/validation.js';

/** An error with its HTTP status and a message for the client; `details` locate each problem. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: ValidationProblem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
