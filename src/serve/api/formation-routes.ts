import { formationMoves } from "../formation-moves.js";
import { formationProfile } from "../formation-profile.js";
import { formationOrNotFound } from "../http-problem.js";
import { matchFormations } from "../match-formations.js";
import type { ApiRoute } from "./api-route.js";
import { flattenRow, formationJson, paged } from "./rows.js";
import {
  countIntervalSchema,
  formationParams,
  formationSchema,
  moveRowSchema,
  pageSchemaProperties,
  pagingQuery,
} from "./schemas.js";

/** Largest number of years the devenir route looks ahead. */
export const MAX_YEARS_AFTER = 6;

const cursusQuery = { type: "string", enum: ["L", "M", "D"], description: "LMD cursus: L, M or D." };

const searchRoute: ApiRoute = {
  url: "/api/formations",
  tag: "formations",
  summary: "Search formations",
  description:
    "Formations whose labels contain every word of `q` (diploma, discipline, establishment name or UAI, " +
    "formation key), accent- and case-insensitive; largest first, then by key.",
  query: {
    q: { type: "string", maxLength: 200, description: "Words to find, e.g. `pass paris`." },
    cursus: cursusQuery,
    ...pagingQuery,
  },
  response: {
    type: "object",
    properties: { ...pageSchemaProperties, lignes: { type: "array", items: formationSchema } },
  },
  handler: (index, { query }) => {
    const found = matchFormations(index, {
      q: query.q as string | undefined,
      cursus: query.cursus as string,
    });
    const page = paged(found, Number(query.limit), Number(query.offset));
    const lignes = page.lignes.map((i) => formationJson(index, i));
    return { body: { ...page, lignes }, rows: lignes.map((row) => flattenRow(row)) };
  },
};

const detailRoute: ApiRoute = {
  url: "/api/formations/:formation",
  tag: "formations",
  summary: "One formation",
  description: "A formation's codes, labels and number of students (as an interval).",
  params: formationParams,
  response: formationSchema,
  handler: (index, { params }) => {
    const body = formationJson(index, formationOrNotFound(index, params.formation ?? ""));
    return { body, rows: [flattenRow(body)] };
  },
};

const devenirRoute: ApiRoute = {
  url: "/api/formations/:formation/devenir",
  tag: "formations",
  summary: "Where its students are N years later",
  description:
    "Where the students of a formation are `annees` years after their first year in it: the formation " +
    "they are enrolled in, an interruption, or no enrolment observed (left, or the observation period ended).",
  params: formationParams,
  query: {
    annees: {
      type: "integer",
      minimum: 1,
      maximum: MAX_YEARS_AFTER,
      default: 1,
      description: `Years after the first year in the formation (1–${MAX_YEARS_AFTER}).`,
    },
    ...pagingQuery,
  },
  response: movesResponse(),
  handler: (index, { params, query }) => {
    const formation = formationOrNotFound(index, params.formation ?? "");
    const rows = formationMoves(index, formation, Number(query.annees));
    const page = paged(rows, Number(query.limit), Number(query.offset));
    return {
      body: { formation: params.formation, annees: query.annees, ...page },
      rows: page.lignes.map((r) => flattenRow({ ...r })),
    };
  },
};

const originsRoute: ApiRoute = {
  url: "/api/formations/:formation/origines",
  tag: "formations",
  summary: "Where its students came from",
  description: "Where the students of a formation were the year before their first year in it.",
  params: formationParams,
  query: { ...pagingQuery },
  response: movesResponse(),
  handler: (index, { params, query }) => {
    const formation = formationOrNotFound(index, params.formation ?? "");
    const page = paged(formationMoves(index, formation, -1), Number(query.limit), Number(query.offset));
    return {
      body: { formation: params.formation, ...page },
      rows: page.lignes.map((r) => flattenRow({ ...r })),
    };
  },
};

const profileRoute: ApiRoute = {
  url: "/api/formations/:formation/profil",
  tag: "formations",
  summary: "Profile of its students",
  description:
    "The students of a formation by each cohort attribute of the release (sexe, bac, spécialités, année du " +
    "bac, âge…). A masked cohort counts as 1 to 4 in the « non communiqué » value.",
  params: formationParams,
  response: {
    type: "object",
    properties: {
      formation: { type: "string" },
      attributs: {
        type: "object",
        additionalProperties: {
          type: "array",
          items: {
            type: "object",
            properties: { valeur: { type: "string" }, effectif: countIntervalSchema },
          },
        },
      },
    },
  },
  handler: (index, { params }) => {
    const attributs = formationProfile(index, formationOrNotFound(index, params.formation ?? ""));
    const rows = Object.entries(attributs).flatMap(([attribut, values]) =>
      values.map((value) => flattenRow({ attribut, ...value })),
    );
    return { body: { formation: params.formation, attributs }, rows };
  },
};

function movesResponse() {
  return {
    type: "object",
    properties: {
      formation: { type: "string" },
      annees: { type: "integer" },
      ...pageSchemaProperties,
      lignes: { type: "array", items: moveRowSchema },
    },
  };
}

/** The formation routes, in the order the OpenAPI document lists them. */
export const formationRoutes: ApiRoute[] = [
  searchRoute,
  detailRoute,
  devenirRoute,
  originsRoute,
  profileRoute,
];
