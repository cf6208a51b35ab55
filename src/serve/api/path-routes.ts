import { formationOrNotFound, HttpProblem } from "../http-problem.js";
import { type FormationFilter, matchFormations, suggestFormations } from "../match-formations.js";
import { pathsBetween } from "../paths-between.js";
import type { ReleaseIndex } from "../release-index.js";
import type { ApiInput, ApiRoute } from "./api-route.js";
import { flattenRow, paged } from "./rows.js";
import { countIntervalSchema, pageSchemaProperties, pagingQuery } from "./schemas.js";

/** The query parameters that designate one end of a path, by prefix (`depuis`, `vers`). */
function endQuery(prefix: "depuis" | "vers", what: string) {
  return {
    [prefix]: { type: "string", description: `Formation key ${what}.` },
    [`${prefix}_q`]: {
      type: "string",
      maxLength: 200,
      description: `Words designating the formations ${what}.`,
    },
    [`${prefix}_cursus`]: {
      type: "string",
      enum: ["L", "M", "D"],
      description: `LMD cursus of the formations ${what}.`,
    },
  };
}

/**
 * The formations designated by the `depuis…` or `vers…` parameters, or null when none is given.
 *
 * @example
 * endSet(index, { vers_q: "meef" }, "vers"); // Set of the MEEF formations
 */
export function endSet(
  index: ReleaseIndex,
  query: ApiInput["query"],
  prefix: "depuis" | "vers",
): Set<number> | null {
  const filter: FormationFilter = {
    key: query[prefix] as string | undefined,
    q: query[`${prefix}_q`] as string | undefined,
    cursus: query[`${prefix}_cursus`] as string | undefined,
  };
  if (!filter.key && !filter.q && !filter.cursus) return null;
  if (filter.key) formationOrNotFound(index, filter.key);
  const found = matchFormations(index, filter);
  if (found.length === 0) {
    const suggestions = suggestFormations(index, filter.q ?? "").map((i) => ({
      formation: index.formations[i]?.key ?? "",
      libelle: index.formations[i]?.title ?? "",
    }));
    throw new HttpProblem(404, `aucune formation ne correspond aux paramètres '${prefix}…' donnés.`, {
      suggestions,
    });
  }
  return new Set(found);
}

const pathsRoute: ApiRoute = {
  url: "/api/parcours",
  tag: "parcours",
  summary: "Paths from formations to formations",
  description:
    "The cohorts whose trace goes through a formation designated by `depuis…` and then, a later year, " +
    "through one designated by `vers…`, grouped by the part of the trace between the two (each cohort " +
    "once). Without `vers…`: every path after the origin. Without `depuis…`: the paths from the first " +
    "year of the trace to the target (« comment y arriver ? »). Counts are intervals; " +
    "`total.au_moins_une_personne` answers « has anyone followed this path? » even when every cohort is masked.",
  query: { ...endQuery("depuis", "of origin"), ...endQuery("vers", "of target"), ...pagingQuery },
  response: {
    type: "object",
    properties: {
      total: { ...countIntervalSchema, description: "Students on any matching path." },
      parcours: { type: "integer", description: "Number of distinct paths (before pagination)." },
      limit: pageSchemaProperties.limit,
      offset: pageSchemaProperties.offset,
      lignes: {
        type: "array",
        items: {
          type: "object",
          properties: {
            etapes: {
              type: "array",
              items: {
                type: "object",
                properties: { formation: { type: ["string", "null"] }, libelle: { type: "string" } },
              },
            },
            effectif: countIntervalSchema,
          },
        },
      },
    },
  },
  handler: (index, { query }) => {
    const from = endSet(index, query, "depuis");
    const to = endSet(index, query, "vers");
    if (!from && !to) {
      throw new HttpProblem(
        400,
        "donnez l'origine (depuis, depuis_q, depuis_cursus) ou la cible (vers, vers_q, vers_cursus) du parcours.",
        {
          parametre: "depuis",
          valeurs_acceptees: "depuis, depuis_q, depuis_cursus, vers, vers_q, vers_cursus (au moins un)",
        },
      );
    }
    const result = pathsBetween(index, from, to);
    const page = paged(result.rows, Number(query.limit), Number(query.offset));
    const rows = page.lignes.map((row) =>
      flattenRow({
        etapes: row.etapes.map((step) => step.formation ?? "interruption"),
        effectif: row.effectif,
      }),
    );
    return {
      body: {
        total: result.total,
        parcours: result.paths,
        limit: page.limit,
        offset: page.offset,
        lignes: page.lignes,
      },
      rows,
    };
  },
};

/** The path routes. */
export const pathRoutes: ApiRoute[] = [pathsRoute];
