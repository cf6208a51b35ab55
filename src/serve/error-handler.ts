import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpProblem } from "./http-problem.js";
import { errorPage } from "./pages/error-page.js";

interface ValidationItem {
  instancePath?: string;
  keyword?: string;
  params?: { additionalProperty?: string; missingProperty?: string };
}

type PropertySchema = {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

/**
 * Installs the service's answers to errors: a French JSON body (`/api/…`) or a French page,
 * never a stack trace. A 400 names the parameter and what it accepts (from the route's JSON
 * Schema); a 404 suggests formations; anything unexpected is logged and answered as a 500.
 *
 * @example
 * installErrorHandlers(app);
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return answer(request, reply, error.statusCode, error.message, error.details);
    }
    if (error.validation) {
      const { parametre, valeurs_acceptees, problem } = describeValidation(
        request,
        error.validation as ValidationItem[],
      );
      const message = `paramètre '${parametre}' ${problem} ; valeurs acceptées : ${valeurs_acceptees}.`;
      return answer(request, reply, 400, message, { parametre, valeurs_acceptees });
    }
    if (error.statusCode && error.statusCode < 500) {
      return answer(request, reply, error.statusCode, "requête invalide.", {});
    }
    request.log.error({ err: error }, "unexpected error");
    return answer(request, reply, 500, "erreur interne du service ; elle a été journalisée.", {});
  });
  app.setNotFoundHandler((request, reply) =>
    answer(
      request,
      reply,
      404,
      `l'adresse '${request.url.split("?")[0]}' n'existe pas. Voir /api/docs ou la page d'accueil /.`,
      {},
    ),
  );
}

function answer(
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  message: string,
  details: HttpProblem["details"],
): FastifyReply {
  const error =
    statusCode === 400 ? "Bad Request" : statusCode === 404 ? "Not Found" : "Internal Server Error";
  reply.code(statusCode).header("cache-control", "no-store");
  if (request.url.startsWith("/api/"))
    return reply.type("application/json").send({ statusCode, error, message, ...details });
  return reply
    .type("text/html; charset=utf-8")
    .send(errorPage(statusCode, message, details.suggestions ?? []));
}

function describeValidation(request: FastifyRequest, items: ValidationItem[]) {
  const schema = (request.routeOptions.schema?.querystring ?? {}) as {
    properties?: Record<string, PropertySchema>;
  };
  const properties = schema.properties ?? {};
  const item = items[0] ?? {};
  if (item.keyword === "additionalProperties") {
    return {
      parametre: item.params?.additionalProperty ?? "?",
      problem: "inconnu",
      valeurs_acceptees: `les paramètres ${Object.keys(properties).join(", ")}`,
    };
  }
  const name = item.params?.missingProperty ?? (item.instancePath ?? "").replace(/^\//, "");
  return { parametre: name || "?", problem: "invalide", valeurs_acceptees: accepted(properties[name]) };
}

function accepted(property: PropertySchema | undefined): string {
  if (!property) return "voir /api/docs";
  if (property.enum) return property.enum.join(", ");
  if (property.type === "integer") {
    const max = property.maximum === undefined ? "" : ` à ${property.maximum}`;
    return `un entier${property.minimum === undefined ? "" : ` de ${property.minimum}`}${max}`;
  }
  if (property.maxLength !== undefined) return `un texte de ${property.maxLength} caractères au plus`;
  return "un texte";
}
