import { createHash } from "node:crypto";
import type { FastifyReply } from "fastify";

/** How long clients and proxies may keep an answer: the release never changes while served. */
export const CACHE_CONTROL = "public, max-age=300";

/**
 * An answer ready to go on the wire: its bytes, content type and strong ETag, computed once so
 * that a cached answer costs neither serialisation nor hashing again.
 *
 * @example
 * const answer = sentAnswer('{"total":0}', "application/json; charset=utf-8");
 */
export interface SentAnswer {
  body: Buffer;
  type: string;
  etag: string;
  /** Extra headers, set last (`content-disposition` of a CSV download, a longer `cache-control`). */
  headers?: Record<string, string>;
}

/**
 * Encodes a serialised answer and computes its ETag (SHA-1 of the bytes, as @fastify/etag does).
 *
 * @example
 * sentAnswer("", "text/plain; charset=utf-8").etag; // '"2jmj7l5rSw0yVb/vlWAYkK/YBwk="'
 */
export function sentAnswer(text: string, type: string, headers?: Record<string, string>): SentAnswer {
  const body = Buffer.from(text, "utf8");
  const etag = `"${createHash("sha1").update(body).digest("base64")}"`;
  return { body, type, etag, ...(headers ? { headers } : {}) };
}

/**
 * Sends a {@link SentAnswer} with its caching headers; @fastify/etag sees the ETag already set and
 * answers 304 when the client holds it (`If-None-Match`).
 *
 * @example
 * return sendAnswer(reply, answer);
 */
export function sendAnswer(reply: FastifyReply, answer: SentAnswer): FastifyReply {
  reply.type(answer.type).header("etag", answer.etag).header("cache-control", CACHE_CONTROL);
  for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
  return reply.send(answer.body);
}
