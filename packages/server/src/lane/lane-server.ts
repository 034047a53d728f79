/**
 * The HTTP server of the app (fastify's `serverFactory`): the same `node:http` server fastify
 * would create, with the same timeouts, whose requests pass the express lane before fastify.
 * @module
 */
import { createServer, type Server } from 'node:http'
import type { FastifyServerOptions } from 'fastify'
import type { Lane, RawHandler } from './offers-lane.js'

/** A server factory whose lane is looked up per request (it exists once the app is built). */
export function laneServerFactory(
  lane: () => Lane | undefined,
): (handler: RawHandler, options: FastifyServerOptions) => Server {
  return (handler, options) => {
    const server = createServer((req, res) => {
      const l = lane()
      if (l === undefined) handler(req, res)
      else l(req, res, handler)
    })
    // What fastify does to the server it creates itself.
    if (options.keepAliveTimeout !== undefined) server.keepAliveTimeout = options.keepAliveTimeout
    if (options.requestTimeout !== undefined) server.requestTimeout = options.requestTimeout
    if (options.connectionTimeout !== undefined) server.setTimeout(options.connectionTimeout)
    if (options.maxRequestsPerSocket) server.maxRequestsPerSocket = options.maxRequestsPerSocket
    return server
  }
}
