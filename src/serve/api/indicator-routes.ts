import { HttpProblem } from "../http-problem.js";
import type { ApiRoute } from "./api-route.js";
import { paged } from "./rows.js";
import { pageSchemaProperties, pagingQuery } from "./schemas.js";

const listRoute: ApiRoute = {
  url: "/api/indicateurs",
  tag: "indicateurs",
  summary: "The indicator and flow tables",
  description:
    "The release's indicator tables (devenir en 1 an, réussite en licence…) and flow table, with their columns " +
    "and number of rows.",
  response: {
    type: "object",
    properties: {
      lignes: {
        type: "array",
        items: {
          type: "object",
          properties: {
            table: { type: "string" },
            colonnes: { type: "array", items: { type: "string" } },
            lignes: { type: "integer" },
          },
        },
      },
    },
  },
  handler: (index) => {
    const lignes = Object.entries(index.release.frames.indicators)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([table, frame]) => ({ table, colonnes: frame.columns, lignes: frame.height }));
    return { body: { lignes }, rows: lignes.map((row) => ({ ...row, colonnes: row.colonnes.join(" ") })) };
  },
};

const tableRoute: ApiRoute = {
  url: "/api/indicateurs/:table",
  tag: "indicateurs",
  summary: "One indicator table",
  description:
    "The rows of one indicator table as published: `effectif` is empty (null) where the statistical secret " +
    "applies (`statut` secret_primaire: 1 to 4 students; secret_secondaire: masked to protect another cell); " +
    "rates come with their confidence interval (`taux_ic_bas`, `taux_ic_haut`).",
  params: {
    type: "object",
    required: ["table"],
    properties: { table: { type: "string", description: "Table name, e.g. devenir_l1." } },
  },
  query: { ...pagingQuery },
  response: {
    type: "object",
    properties: {
      table: { type: "string" },
      ...pageSchemaProperties,
      lignes: { type: "array", items: { type: "object", additionalProperties: true } },
    },
  },
  handler: (index, { params, query }) => {
    const frames = index.release.frames.indicators;
    const name = params.table ?? "";
    const frame = Object.hasOwn(frames, name) ? frames[name] : undefined;
    if (!frame) {
      const known = Object.keys(frames).sort();
      throw new HttpProblem(
        404,
        `la table '${name}' n'existe pas ; tables disponibles : ${known.join(", ")}.`,
        {
          suggestions: known.map((table) => ({ formation: table, libelle: `/api/indicateurs/${table}` })),
        },
      );
    }
    const page = paged(
      frame.toRecords() as Record<string, unknown>[],
      Number(query.limit),
      Number(query.offset),
    );
    return { body: { table: name, ...page }, rows: page.lignes };
  },
};

/** The indicator routes. */
export const indicatorRoutes: ApiRoute[] = [listRoute, tableRoute];
