import type { FastifyRequest } from 'fastify';

/**
 * The path a request is routed by: the matched route's pattern when there is one, else the path of the
 * request URL parsed as a URL — so that an absolute-form request line (`GET http://host/api/orgs`) and
 * dot segments read the same as the router reads them.
 */
export function pathOf(request: FastifyRequest): string {
  const route = request.routeOptions.url;
  if (route && route !== '/*' && route !== '*') return route;
  try {
    return new URL(request.url, 'http://localhost').pathname;
  } catch {
    return '/';
  }
}
