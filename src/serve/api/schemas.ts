// JSON Schemas shared by the API routes: Fastify validates the query with them, serialises the
// answers with them and @fastify/swagger turns them into the OpenAPI document.

/** A count over cohorts with masked ones: never a bare number. */
export const countIntervalSchema = {
  type: "object",
  description:
    "Number of students as an interval: a masked cohort (published effectif 0) holds 1 to k − 1 = 4 students.",
  required: ["min", "max", "cohortes_masquees", "exact", "au_moins_une_personne"],
  properties: {
    min: { type: "integer", description: "Smallest possible number (each masked cohort counts 1)." },
    max: { type: "integer", description: "Largest possible number (each masked cohort counts k − 1)." },
    cohortes_masquees: { type: "integer", description: "Masked cohorts in the sum." },
    exact: { type: "boolean", description: "True when no masked cohort is in the sum (min = max)." },
    au_moins_une_personne: {
      type: "boolean",
      description: "True when at least one person is counted (any cohort, masked or not).",
    },
  },
} as const;

/** A formation as search results and pages list it. */
export const formationSchema = {
  type: "object",
  required: [
    "formation",
    "libelle",
    "diplome",
    "niveau",
    "discipline",
    "etablissement",
    "codes",
    "etudiants",
  ],
  properties: {
    formation: { type: "string", description: "Formation key, as in the traces (degetu-diplom-uai)." },
    libelle: { type: "string", description: "One-line French label." },
    diplome: { type: "string" },
    niveau: { type: "string" },
    discipline: { type: "string" },
    etablissement: { type: "string" },
    codes: {
      type: "object",
      description: "The columns of formations.csv, as published.",
      additionalProperties: { type: "string" },
    },
    etudiants: { ...countIntervalSchema, description: "Students passing through the formation." },
  },
} as const;

/** One row of a devenir or an origin. */
export const moveRowSchema = {
  type: "object",
  required: ["situation", "formation", "libelle", "effectif"],
  properties: {
    situation: {
      type: "string",
      enum: ["formation", "interruption", "sans_inscription", "premiere_inscription"],
    },
    formation: { type: ["string", "null"] },
    libelle: { type: "string" },
    effectif: countIntervalSchema,
  },
} as const;

/** Pagination fields of a paged answer. */
export const pageSchemaProperties = {
  total: { type: "integer", description: "Number of rows before pagination." },
  limit: { type: "integer" },
  offset: { type: "integer" },
} as const;

/** `limit` and `offset` query parameters. */
export const pagingQuery = {
  limit: { type: "integer", minimum: 1, maximum: 200, default: 20, description: "Rows per page (1–200)." },
  offset: { type: "integer", minimum: 0, default: 0, description: "Rows skipped." },
} as const;

/** The `formation` path parameter. */
export const formationParams = {
  type: "object",
  required: ["formation"],
  properties: {
    formation: { type: "string", description: "Formation key (degetu-diplom-uai), e.g. 1-2171001-0755890V." },
  },
} as const;

/** The French message of every error answer. */
export const errorSchema = {
  type: "object",
  required: ["statusCode", "error", "message"],
  properties: {
    statusCode: { type: "integer" },
    error: { type: "string" },
    message: { type: "string", description: "What is wrong, in French." },
    parametre: { type: "string", description: "The parameter at fault (400)." },
    valeurs_acceptees: { type: "string", description: "What the parameter accepts (400)." },
    suggestions: {
      type: "array",
      description: "Formations close to the unknown one (404).",
      items: {
        type: "object",
        properties: { formation: { type: "string" }, libelle: { type: "string" } },
      },
    },
  },
} as const;
