import { ApiError } from '../http/errors.js';

/** Every problem with a search query is a 400 `parameter_invalid` on `query`, with a message naming it. */
export const searchError = (message: string) => new ApiError(400, 'parameter_invalid', message, 'query');
