import { isUpstreamError } from '../intercom/errors.js';

/** Reads a single resource, turning the upstream's 404 into `null` (a missing key, not a failure). */
export async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isUpstreamError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
