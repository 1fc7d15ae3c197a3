import type { Route } from '../http/route.js';

export const routes: Route[] = [];
