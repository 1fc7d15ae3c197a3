/**
 * The gateway's GraphQL schema. Each imported file adds its types to the builder; the order does
 * not matter (shared refs live in refs.ts).
 */
import { builder } from './builder.js';
import './errors.js';
import './contact.js';
import './tag.js';
import './segment.js';
import './company.js';
import './conversation.js';
import './counts.js';

export const schema = builder.toSchema();
