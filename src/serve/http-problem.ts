import { suggestFormations } from "./match-formations.js";
import type { ReleaseIndex } from "./release-index.js";

/**
 * An error the service answers on purpose, with a status code and a French message (and, for a
 * 404, suggestions; for a 400, the parameter and what it accepts). Anything else is a 500 whose
 * details stay in the log.
 *
 * @example
 * throw new HttpProblem(400, "paramètre 'annees' invalide", { parametre: "annees", valeurs_acceptees: "1 à 6" });
 */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: 400 | 404,
    message: string,
    readonly details: {
      parametre?: string;
      valeurs_acceptees?: string;
      suggestions?: { formation: string; libelle: string }[];
    } = {},
  ) {
    super(message);
    this.name = "HttpProblem";
  }
}

/**
 * The 404 of an unknown formation key, with the closest formations as suggestions.
 *
 * @example
 * throw formationNotFound(index, "1-2171001-0755890X");
 */
export function formationNotFound(index: ReleaseIndex, key: string): HttpProblem {
  const suggestions = suggestFormations(index, key).map((i) => ({
    formation: index.formations[i]?.key ?? "",
    libelle: index.formations[i]?.title ?? "",
  }));
  return new HttpProblem(
    404,
    `la formation '${key}' n'existe pas dans ce jeu de données.${
      suggestions.length > 0
        ? " Formations proches : voir « suggestions »."
        : " Cherchez-la par son nom avec /api/formations?q=…"
    }`,
    { suggestions },
  );
}

/**
 * The position of a formation key in the index, or the 404.
 *
 * @example
 * const f = formationOrNotFound(index, request.params.formation);
 */
export function formationOrNotFound(index: ReleaseIndex, key: string): number {
  const found = index.byKey.get(key);
  if (found === undefined) throw formationNotFound(index, key);
  return found;
}
