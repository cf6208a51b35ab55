import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../core/errors.js";
import { releaseMemory } from "../core/release-memory.js";
import { type DisclosurePolicy, resolvePolicy } from "../disclosure/gate/disclosure-policy.js";
import type { DisclosureReport } from "../disclosure/gate/disclosure-report.js";
import { oraccleCohorts } from "../disclosure/microdata/oraccle-cohorts.js";
import { licenceCohort } from "../indicators/cohort-definition.js";
import type { FollowUpInput } from "../indicators/cohort-outcomes.js";
import { cohortOutcomes } from "../indicators/cohort-outcomes.js";
import { observationWindow } from "../indicators/observation-window.js";
import { selectCohort } from "../indicators/select-cohort.js";
import { wilsonInterval } from "../indicators/wilson-interval.js";
import { readSiseAsync, type SiseExtract } from "../sise/read-sise.js";
import { OPTIONAL_TEXT_COLUMNS } from "../trajectories/columns.js";
import { principalEnrolments } from "../trajectories/principal-enrolments.js";
import { SITUATIONS } from "../trajectories/situations.js";
import { studentAttributes } from "../trajectories/trace-cohorts.js";
import { traces, withTraceElement } from "../trajectories/traces.js";
import { transitions } from "../trajectories/transitions.js";
import { yearlyStates } from "../trajectories/yearly-states.js";
import { sankeyFigure } from "../viz/sankey-figure.js";
import { assertOutputFolderUsable, writeAtomically } from "./atomic-output.js";
import { type DatasetMetadata, type PublishedTable, writeDataPackage } from "./data-package.js";
import { renderDatasetReadme } from "./dataset-readme.js";
import { protectAttributeTable } from "./protect-attribute-table.js";
import { protectCountTable } from "./protect-count-table.js";
import { renderReport } from "./report-html.js";
import { validateDataPackage } from "./validate-package.js";

/** Settings of a publication, usually read from `--config FILE` (JSON). Every field is optional. */
export interface PublishConfig {
  /** Dataset metadata overriding the defaults (title, description, version, `created` date…). */
  metadata?: Partial<DatasetMetadata>;
  /** Student attributes published as cohort × attribute tables. Default: sexe, bac_rgrp, anbac, bac_spe1, bac_spe2, premiereins, derniereins, age_premiereins. */
  cohortAttributes?: string[];
  /** Breakdown of the indicator tables. Default `"gd_discipline"`. */
  indicatorBreakdown?: string;
}

/** Options of {@link publish}. */
export interface PublishOptions {
  /** Folder of the SISE extract (`inscriYY` / `resultYY` files). */
  input: string;
  /** Output folder; written atomically (see `writeAtomically`). */
  out: string;
  /** Release policy: preset name or custom object. Default `"oraccle-k5"`. */
  policy?: string | DisclosurePolicy;
  /** Publication settings. Default: none (defaults everywhere). */
  config?: PublishConfig;
  /** Replace an output folder that already holds a dataset. Default `false`. */
  overwrite?: boolean;
  /**
   * Paths are rebuilt in partitions of students holding about this many enrolments (a student is
   * never split), so that the yearly states and transitions of a national extract never all sit
   * in memory at once. The output does not depend on it. Default 2,000,000.
   */
  partitionRows?: number;
  /** Called at the start of each long step (the CLI shows it on a terminal). Default: silent. */
  progress?: (step: string) => void;
}

/** What {@link publish} did: the figures of the final summary. */
export interface PublishSummary {
  out: string;
  policy: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  students: number;
  cohorts: number;
  maskedCohorts: number;
  tables: number;
  primarySuppressions: number;
  secondarySuppressions: number;
  /** Every table passed the LP audit (otherwise nothing is written and `publish` throws). */
  auditPassed: boolean;
  files: string[];
  /** Rows in and out of every stage: nothing is lost silently (see {@link PublishRowAccounting}). */
  accounting: PublishRowAccounting;
}

/**
 * Rows in, out and set aside at every stage of {@link publish}. Invariants (checked by the
 * tests): `read.rowsRead = read.rowsAccepted + read.rowsRejected`; `principal.input =
 * principal.principal + principal.secondary + principal.excluded`; `cohorts.students =
 * cohorts.inPublishedCohorts + cohorts.inMaskedCohorts`; for every rentrée but the last,
 * `flows.principal = flows.counted` (every enrolled student has a next-year situation,
 * "Sortants" included).
 */
export interface PublishRowAccounting {
  read: { rowsRead: number; rowsAccepted: number; rowsRejected: number };
  principal: { input: number; principal: number; secondary: number; excluded: number };
  cohorts: { students: number; inPublishedCohorts: number; inMaskedCohorts: number };
  flows: { rentree: number; principal: number; counted: number }[];
}

const DEFAULT_ATTRIBUTES = [
  "sexe",
  "bac_rgrp",
  "anbac",
  "bac_spe1",
  "bac_spe2",
  "premiereins",
  "derniereins",
  "age_premiereins",
];

const ATTRIBUTE_DESCRIPTIONS: Record<string, string> = {
  sexe: "Sexe (1 homme, 2 femme)",
  bac_rgrp:
    "Série du bac regroupée (1 L, 2 ES, 3 S, A bac général depuis 2021, 4 STMG, 5 autre techno, 6 pro, 7 dispensé, 9 inconnue)",
  anbac: "Année d'obtention du bac (-1 : sans bac)",
  bac_spe1: "Première spécialité du bac général (depuis 2021)",
  bac_spe2: "Deuxième spécialité du bac général (depuis 2021)",
  premiereins: "Rentrée de la première inscription du parcours",
  derniereins: "Rentrée de la dernière inscription du parcours",
  age_premiereins: "Âge à la première inscription (rentrée − année de naissance)",
};

const DEVENIR_CATEGORIES = [
  ["passage_en_l2_1_an", "passage"],
  ["redoublement_en_l1", "redoublement"],
  ["reorientation_1_an", "reorientation"],
  ["sortie_1_an", "sortie"],
] as const;

/**
 * The working group's main job in one call: reads and validates a SISE extract, rebuilds the
 * students' paths, computes the indicators, passes every table through the disclosure gate, and
 * writes a data.gouv.fr-ready open dataset:
 *
 * - Oraccle trace files: `cohortes.csv` (identical paths, counts below k published as `0`),
 *   `formations.csv`, one `cohorte_<attribute>.csv` per attribute (rare values erased);
 * - `flux.csv`: students moving between MESR situations from one rentrée to the next, protected
 *   by primary and secondary suppression and the LP audit;
 * - `devenir_l1.csv` and `reussite_licence.csv`: MESR cohort indicators of the néo-bacheliers
 *   entering L1, protected the same way, with rates and Wilson intervals on published cells;
 * - `datapackage.json`, Table Schemas, the French fiche `README.md`, `disclosure-report.json` and
 *   the offline `rapport.html`.
 *
 * Atomic: everything is written in a temporary folder, validated (Frictionless profiles and data
 * against schemas), and moved into place only when every gate passed. Deterministic: same input,
 * same bytes (no clock: the extraction date comes from the configuration).
 *
 * @throws OraccleError when a gate fails (exit code 1) or the output cannot be written (4);
 * InputError when the extract cannot be read (3).
 * @example
 * const summary = await publish({ input: "data/sise", out: "out/open-data", policy: "oraccle-k5" });
 */
export async function publish(options: PublishOptions): Promise<PublishSummary> {
  const step = options.progress ?? (() => {});
  const policy = resolvePolicy(options.policy ?? "oraccle-k5");
  const config = options.config ?? {};
  const k = policy.microdata.k;
  // Fail fast, before minutes of work, when the output folder cannot receive the dataset.
  assertOutputFolderUsable(options.out, { overwrite: options.overwrite ?? false });

  step("reading and validating the extract");
  const { readReport, principal, principalRows, resultats, moves, window } = await rebuildPaths(
    options.input,
    options.partitionRows ?? 2_000_000,
    step,
  );
  await releaseMemory();
  const rentrees = principal.getColumn("rentree").unique().sort().toArray() as number[];
  const firstRentree = rentrees[0]!;
  const lastRentree = rentrees.at(-1)!;

  step("building Oraccle cohorts of identical paths");
  const { cohorts, attributeTables, wanted, studentCount } = await cohortTables(
    principal,
    resultats,
    config.cohortAttributes ?? DEFAULT_ATTRIBUTES,
    k,
  );
  await releaseMemory();

  step("protecting the flow and indicator tables (secondary suppression, LP audit)");
  const reports: DisclosureReport[] = [];
  // Counted once for every rentrée (one group-by), then each rentrée's table from its counts.
  const flowCounts = moves
    .lazy()
    .filter(pl.col("next_situation").isNotNull().and(pl.col("situation").isNotNull()))
    .filter(pl.col("status").eq(pl.lit("enrolled")))
    .groupBy(["rentree", "situation", "next_situation"])
    .agg(pl.len().alias("__students"))
    .select(
      pl.col("rentree"),
      pl
        .col("situation")
        .cast(pl.Utf8)
        .replace(Object.keys(SITUATIONS), Object.values(SITUATIONS))
        .alias("situation"),
      pl
        .col("next_situation")
        .cast(pl.Utf8)
        .replace(Object.keys(SITUATIONS), Object.values(SITUATIONS))
        .alias("situation_suivante"),
      pl.col("__students"),
    )
    .collectSync();
  const enrolledPerRentree = new Map(
    (principal.groupBy("rentree").len().toRecords() as { rentree: number; len: number }[]).map((row) => [
      Number(row.rentree),
      Number(row.len),
    ]),
  );
  const flowParts: pl.DataFrame[] = [];
  const flowAccounting: PublishRowAccounting["flows"] = [];
  for (const rentree of rentrees.slice(0, -1)) {
    const records = flowCounts.filter(pl.col("rentree").eq(rentree));
    const counted = Number(records.getColumn("__students").sum() ?? 0);
    flowAccounting.push({
      rentree,
      principal: enrolledPerRentree.get(rentree) ?? 0,
      counted,
    });
    if (counted === 0) continue;
    const { frame, verdict } = await protectCountTable({
      records,
      weight: "__students",
      dimensions: ["situation", "situation_suivante"],
      policy,
      source: `flux.csv (rentrée ${rentree})`,
    });
    reports.push(verdict.report);
    flowParts.push(frame.withColumns(pl.lit(rentree).cast(pl.Int32).alias("rentree")));
  }
  const flux = pl
    .concat(flowParts)
    .select("rentree", "situation", "situation_suivante", "effectif", "statut");

  const followUp: FollowUpInput = { principal, transitions: moves, resultats, window };
  const breakdown = config.indicatorBreakdown ?? "gd_discipline";
  const devenirParts: pl.DataFrame[] = [];
  const reussiteParts: pl.DataFrame[] = [];
  for (const rentree of rentrees) {
    const cohort = selectCohort(principal, licenceCohort(rentree));
    if (cohort.students.height === 0 || !cohort.historyObserved) continue;
    const outcomes = cohortOutcomes(cohort, followUp);
    const byStudent = outcomes.students;
    if (outcomes.available.passage_en_l2_1_an) {
      const records = byStudent.select(
        pl.col(breakdown).cast(pl.Utf8).alias(breakdown),
        categoryExpr(DEVENIR_CATEGORIES.map(([column, label]) => [column, label])).alias("devenir"),
      );
      const { frame, verdict } = await protectCountTable({
        records,
        dimensions: [breakdown, "devenir"],
        policy,
        source: `devenir_l1.csv (cohorte ${rentree})`,
      });
      reports.push(verdict.report);
      devenirParts.push(withRates(frame, breakdown, "devenir", rentree));
    }
    if (outcomes.available.reussite_4_ans) {
      const records = byStudent.select(
        pl.col(breakdown).cast(pl.Utf8).alias(breakdown),
        categoryExpr([
          ["reussite_3_ans", "licence_en_3_ans"],
          ["reussite_4_ans", "licence_en_4_ans"],
        ]).alias("reussite"),
      );
      const { frame, verdict } = await protectCountTable({
        records: records.withColumns(pl.col("reussite").fillNull(pl.lit("pas_de_licence_en_4_ans"))),
        dimensions: [breakdown, "reussite"],
        policy,
        source: `reussite_licence.csv (cohorte ${rentree})`,
      });
      reports.push(verdict.report);
      reussiteParts.push(withRates(frame, breakdown, "reussite", rentree));
    }
  }

  const failed = reports.filter((report) => !report.passed);
  if (failed.length > 0) {
    throw new OraccleError(
      `the disclosure gate refused ${failed.length} table(s): ${failed.map((report) => report.source).join(", ")}; nothing was written`,
      ExitCode.checkFailed,
    );
  }

  const metadata = datasetMetadata(config, firstRentree, lastRentree);
  const tables = publishedTables({
    cohorts,
    attributeTables,
    wanted,
    principal,
    flux,
    devenir: devenirParts.length > 0 ? pl.concat(devenirParts) : undefined,
    reussite: reussiteParts.length > 0 ? pl.concat(reussiteParts) : undefined,
    breakdown,
  });
  const primary = reports.reduce((sum, report) => sum + countOf(report, "primary-suppression"), 0);
  const secondary =
    flux.filter(pl.col("statut").eq(pl.lit("secret_secondaire"))).height +
    tables
      .filter((table) => table.name === "devenir_l1" || table.name === "reussite_licence")
      .reduce(
        (sum, table) => sum + table.frame.filter(pl.col("statut").eq(pl.lit("secret_secondaire"))).height,
        0,
      );
  const rowsRead = readReport.totals.all.rowsRead;
  const figures: Record<string, number> = {
    "Lignes lues (inscriptions et résultats)": rowsRead,
    "Lignes rejetées à la validation": readReport.totals.all.rowsRejected,
    "Étudiants (inscription principale)": studentCount,
    Cohortes: cohorts.cohorts,
    "Cohortes masquées (moins de k étudiants)": cohorts.maskedCohorts,
    "Cases en secret primaire": primary,
    "Cases en secret secondaire": secondary,
  };

  step("writing and validating the dataset");
  const files = await writeAtomically(
    options.out,
    async (folder) => {
      const written = writeDataPackage(folder, metadata, tables);
      writeFileSync(
        join(folder, "README.md"),
        renderDatasetReadme({
          metadata,
          tables,
          scope: [
            `Étudiants ayant au moins une inscription principale entre les rentrées ${firstRentree} et ${lastRentree} dans l'extrait SISE lu (${options.input}). Les doubles inscriptions en CPGE sont écartées, comme le fait le ministère.`,
          ],
          method: [
            "Une inscription principale par étudiant et par année universitaire (inspr = O ; à défaut, l'inscription qui mène au diplôme le plus élevé, départage documenté dans le module trajectories).",
            "Les parcours identiques sont regroupés en cohortes : un parcours est la suite des années, séparées par « + », chaque année notée « niveau-diplôme-UAI » ; une année sans inscription entre deux inscriptions est un élément vide.",
            "Les flux comptent les étudiants d'une situation du ministère (SIT01 à SIT13) à la situation de l'année suivante. Les indicateurs suivent les définitions du ministère (devenir en un an, réussite en licence en 3 ou 4 ans), pour les néo-bacheliers entrant en L1.",
            "Les taux sont accompagnés d'un intervalle de confiance de Wilson à 95 % : SISE est un recensement, l'intervalle exprime la variabilité du processus, pas une erreur d'échantillonnage.",
          ],
          rules: [
            {
              name: "Masquage des petites cohortes (méthode Oraccle)",
              parameters: { k, valeur_publiee: 0 },
              effect: `les cohortes de moins de ${k} étudiants restent dans cohortes.csv avec un effectif publié 0 (« masqué, de 1 à ${k - 1} ») ; dans les tables cohorte × attribut, les modalités de moins de ${k} étudiants sont effacées, complétées par d'autres modalités jusqu'à ce que la ligne effacée compte au moins ${k} étudiants (secret secondaire : elle ne se recalcule pas par différence avec l'effectif de la cohorte)`,
            },
            ...policy.table.rules.map((rule) => ({
              name: `Secret primaire (${rule.kind})`,
              parameters: Object.fromEntries(
                Object.entries(rule).filter(([, value]) => typeof value !== "object") as [
                  string,
                  string | number,
                ][],
              ),
              effect:
                "les cases concernées des tables de flux et d'indicateurs sont publiées vides (statut secret_primaire)",
            })),
            {
              name: "Secret secondaire et audit par programmation linéaire (HiGHS)",
              parameters: { politique: policy.name },
              effect:
                "des cases complémentaires sont masquées (statut secret_secondaire) ; pour chaque case masquée, un programme linéaire vérifie qu'elle ne se recalcule pas à partir des cases publiées et des totaux",
            },
          ],
          limits: [
            "Dans cohortes.csv et les tables cohorte × attribut, 0 signifie « masqué, entre 1 et 4 », jamais zéro. Toute imputation (par exemple la constante 1,148 utilisée par Datactivist) est un choix de l'utilisateur : les bornes sont [1 × m ; 4 × m] pour m cohortes masquées.",
            "SISE ne voit pas les formations hors université suivies en lycée (BTS, CPGE) : une « sortie » peut être une poursuite d'études hors SISE, les sorties sont donc surestimées.",
            "La dernière rentrée observée est censurée : un étudiant inscrit cette année-là n'est jamais compté comme sortant.",
            "Les données de ce jeu sont calculées à partir d'un extrait SISE ; publiées à partir de l'extrait synthétique embarqué, elles ne décrivent aucune personne réelle.",
          ],
          figures,
        }),
      );
      const report = {
        format: "oraccle-publication-report/1",
        policy: { name: policy.name, description: policy.description },
        passed: true,
        oraccleMasking: {
          k,
          cohorts: cohorts.cohorts,
          maskedCohorts: cohorts.maskedCohorts,
          studentsInMaskedCohorts: cohorts.studentsInMaskedCohorts,
        },
        tables: reports,
      };
      writeFileSync(join(folder, "disclosure-report.json"), `${JSON.stringify(report, null, 2)}\n`);
      writeFileSync(
        join(folder, "rapport.html"),
        renderPublicationReport(metadata, tables, figures, breakdown),
      );
      const validation = validateDataPackage(folder);
      if (!validation.valid) {
        const first = validation.problems
          .slice(0, 5)
          .map(
            (problem) =>
              `${problem.file}${problem.line ? `:${problem.line}` : ""} ${problem.field ?? ""} ${problem.message}`,
          );
        throw new OraccleError(
          `the dataset does not validate: ${first.join("; ")}; nothing was written`,
          ExitCode.checkFailed,
        );
      }
      return [...written.files, "README.md", "disclosure-report.json", "rapport.html"].sort();
    },
    { overwrite: options.overwrite ?? false },
  );

  return {
    out: options.out,
    policy: policy.name,
    rowsRead,
    rowsAccepted: readReport.totals.all.rowsAccepted,
    rowsRejected: readReport.totals.all.rowsRejected,
    students: studentCount,
    cohorts: cohorts.cohorts,
    maskedCohorts: cohorts.maskedCohorts,
    tables: tables.length,
    primarySuppressions: primary,
    secondarySuppressions: secondary,
    auditPassed: true,
    files,
    accounting: {
      read: {
        rowsRead,
        rowsAccepted: readReport.totals.all.rowsAccepted,
        rowsRejected: readReport.totals.all.rowsRejected,
      },
      principal: principalRows,
      cohorts: {
        students: studentCount,
        inPublishedCohorts: Number(cohorts.cohortes.getColumn("effectif").sum()),
        inMaskedCohorts: cohorts.studentsInMaskedCohorts,
      },
      flows: flowAccounting,
    },
  };
}

/**
 * Within loops, memory is released only when it grew by this much: on small extracts a full
 * collection per step would cost more than it saves. Between phases it is always released.
 */
const IF_GROWN = { ifGrownBy: 256 * 2 ** 20 };

/** Enrolment columns the publication reads after the principal enrolment is chosen. */
const PUBLISHED_ENROLMENT_COLUMNS = [
  "id_etu",
  "rentree",
  "etabli",
  "inspr",
  "sexe",
  "annais",
  "anbac",
  "bac_rgrp",
  "bac_spe1",
  "bac_spe2",
  "mention_bac",
  "pcspar",
  "degetu",
  "typ_dipl",
  "diplom",
  "niveau",
  "cursus_lmd",
  "discipli",
  "groupe",
  "gd_discipline",
  "par_type",
];

/** Result columns the states, attributes and cohort indicators read. */
const RESULT_COLUMNS = ["id_etu", "rentree", "session", "etabli", "typ_dipl", "diplom", "resdip"];

/** Columns of the extract the publication reads: the rest is validated, then dropped at reading. */
const READ_COLUMNS = [
  ...new Set([...PUBLISHED_ENROLMENT_COLUMNS, ...OPTIONAL_TEXT_COLUMNS, ...RESULT_COLUMNS]),
];

/** Transition columns the flows and the cohort indicators read. */
const MOVE_COLUMNS = ["id_etu", "rentree", "status", "devenir", "situation", "next_situation"];
const MOVE_EXPRESSIONS = MOVE_COLUMNS.map((name) =>
  name === "id_etu" || name === "rentree" ? pl.col(name) : pl.col(name).cast(pl.Categorical),
);

/**
 * Reading, principal enrolments, yearly states and transitions, in a scope of their own: once it
 * returns, the whole extract and the yearly states are garbage and {@link releaseMemory} gives
 * their memory back. Only the frames used later are returned, with the columns used later.
 * Students are processed by partition (see `partitionRows`): every stage here is per student, and
 * the observation bounds (first and last rentrée) are computed on the whole extract first.
 */
async function rebuildPaths(input: string, partitionRows: number, step: (message: string) => void) {
  let extract: SiseExtract | undefined = await readSiseAsync(input, {
    compact: true,
    columns: READ_COLUMNS,
    progress: step,
  });
  const { report: readReport, resultats } = extract;
  // Held in a variable of its own, so that it can be let go once the principal enrolments exist.
  let inscriptions: pl.DataFrame | undefined = extract.inscriptions;
  extract = undefined;
  if (inscriptions.height === 0) {
    throw new OraccleError(`no enrolment accepted in '${input}': nothing to publish`, ExitCode.input);
  }
  step("rebuilding paths (principal enrolments, yearly states, transitions)");
  const window = observationWindow(inscriptions, resultats);
  const partitions = Math.max(1, Math.ceil(inscriptions.height / partitionRows));
  // Categorical codes are shared by every frame of the process: the same student falls in the
  // same partition in both tables.
  const partitionOf = pl.col("id_etu").toPhysical().cast(pl.UInt32).modulo(partitions);
  const part = (frame: pl.DataFrame, index: number) =>
    partitions === 1 ? frame : frame.filter(partitionOf.eq(pl.lit(index)));

  const { principal, principalRows } = await principalByPartition(inscriptions, partitions, part, step);
  inscriptions = undefined;
  await releaseMemory();
  const rentrees = principal.getColumn("rentree");
  const bounds = { firstRentree: Number(rentrees.min()), lastRentree: Number(rentrees.max()) };

  const moveParts: pl.DataFrame[] = [];
  for (let index = 0; index < partitions; index++) {
    step(`yearly states and transitions (students' partition ${index + 1} of ${partitions})`);
    const states = yearlyStates(part(principal, index), part(resultats, index), {
      columns: OPTIONAL_TEXT_COLUMNS,
      lastRentree: bounds.lastRentree,
      untilFirstExit: true,
    });
    // Kept until the end of the publication: the texts as Categorical (4 bytes a value).
    moveParts.push(
      transitions(states, { firstRentree: bounds.firstRentree, columns: MOVE_COLUMNS }).select(
        ...MOVE_EXPRESSIONS,
      ),
    );
    await releaseMemory(IF_GROWN);
  }
  const moves = partitions === 1 ? moveParts[0]! : pl.concat(moveParts);
  return {
    readReport,
    principal: principal.select(...PUBLISHED_ENROLMENT_COLUMNS.filter((c) => principal.columns.includes(c))),
    principalRows,
    resultats: resultats.select(...RESULT_COLUMNS.filter((column) => resultats.columns.includes(column))),
    moves,
    window,
  };
}

/** The principal enrolments, chosen partition by partition of students (sorted within each partition). */
async function principalByPartition(
  inscriptions: pl.DataFrame,
  partitions: number,
  part: (frame: pl.DataFrame, index: number) => pl.DataFrame,
  step: (message: string) => void,
) {
  const principalRows = { input: 0, principal: 0, secondary: 0, excluded: 0 };
  const principalParts: pl.DataFrame[] = [];
  for (let index = 0; index < partitions; index++) {
    step(`principal enrolments (students' partition ${index + 1} of ${partitions})`);
    const chosen = principalEnrolments(part(inscriptions, index), { excludeCpgeDoubles: true });
    for (const key of Object.keys(principalRows) as (keyof typeof principalRows)[])
      principalRows[key] += chosen.rows[key];
    principalParts.push(chosen.enrolments.drop("principal_rule"));
    await releaseMemory(IF_GROWN);
  }
  // Not sorted again as a whole: every later step sorts what it needs or aggregates.
  const principal = partitions === 1 ? principalParts[0]! : pl.concat(principalParts);
  return { principal, principalRows };
}

/**
 * Oraccle cohorts of identical paths and the protected cohort × attribute tables, in a scope of
 * their own: the per-student frames (traces, attributes) are garbage once it returns.
 */
async function cohortTables(principal: pl.DataFrame, resultats: pl.DataFrame, asked: string[], k: number) {
  const studentTraces = traces(principal, { gapElement: "" });
  const attributes = studentAttributes(principal, resultats);
  const wanted = asked.filter((name) => attributes.columns.includes(name));
  const students = studentTraces.select("id_etu", "trace").join(attributes, { on: "id_etu", how: "left" });
  await releaseMemory(IF_GROWN);
  const cohorts = oraccleCohorts(students, { attributes: [], k, maskValue: 0 });
  const studentsWithCohort = students.join(cohorts.cohortes.select("cohorteid", "trace"), {
    on: "trace",
    how: "left",
  });
  const attributeTables: Record<string, pl.DataFrame> = {};
  for (const attribute of wanted) {
    attributeTables[attribute] = protectAttributeTable({ students: studentsWithCohort, attribute, k });
    await releaseMemory(IF_GROWN);
  }
  return { cohorts, attributeTables, wanted, studentCount: students.height };
}

/** The first true indicator column gives the category; null when none is true. */
function categoryExpr(categories: readonly (readonly [string, string])[]): pl.Expr {
  let expr: pl.Then | undefined;
  for (const [column, label] of categories) {
    const condition = pl.col(column).fillNull(false);
    expr = expr ? expr.when(condition).then(pl.lit(label)) : pl.when(condition).then(pl.lit(label));
  }
  return expr!.otherwise(pl.lit(null)) as pl.Expr;
}

/** Adds the cohort, the group's total and the rate with its Wilson interval, on published cells only. */
function withRates(frame: pl.DataFrame, breakdown: string, category: string, cohorte: number): pl.DataFrame {
  const totals = frame
    .filter(pl.col(category).eq(pl.lit("Total")))
    .select(pl.col(breakdown), pl.col("effectif").alias("effectif_groupe"));
  const joined = frame.join(totals, { on: breakdown, how: "left" }).sort([breakdown, category]);
  const rows = joined.toRecords() as Record<string, unknown>[];
  const rate: (number | null)[] = [];
  const lower: (number | null)[] = [];
  const upper: (number | null)[] = [];
  for (const row of rows) {
    const x = row.effectif === null ? null : Number(row.effectif);
    const n = row.effectif_groupe === null ? null : Number(row.effectif_groupe);
    if (x === null || n === null || n === 0 || row[category] === "Total") {
      rate.push(null);
      lower.push(null);
      upper.push(null);
      continue;
    }
    const interval = wilsonInterval(x, n);
    rate.push(round(interval.rate));
    lower.push(round(interval.lower));
    upper.push(round(interval.upper));
  }
  return joined
    .select(
      pl.lit(cohorte).cast(pl.Int32).alias("cohorte"),
      pl.col(breakdown),
      pl.col(category),
      pl.col("effectif"),
      pl.col("effectif_groupe"),
      pl.col("statut"),
    )
    .withColumns(
      pl.Series("taux", rate, pl.Float64),
      pl.Series("taux_ic_bas", lower, pl.Float64),
      pl.Series("taux_ic_haut", upper, pl.Float64),
    );
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}

function countOf(report: DisclosureReport, rule: string): number {
  return report.checks.find((check) => check.rule === rule)?.count ?? 0;
}

function datasetMetadata(config: PublishConfig, firstRentree: number, lastRentree: number): DatasetMetadata {
  return {
    name: "parcours-etudes-sise",
    title: `Parcours d'études dans l'enseignement supérieur à partir des données SISE (${firstRentree}-${String(lastRentree + 1).slice(2)})`,
    description:
      "Parcours d'études des étudiants (cohortes de parcours identiques), flux d'une année à l'autre et indicateurs de cohorte du ministère, calculés à partir des inscriptions et des résultats SISE et protégés par le secret statistique.",
    version: "1.0.0",
    created: `${lastRentree + 1}-09-07T00:00:00Z`,
    keywords: ["enseignement supérieur", "SISE", "parcours d'études", "Oraccle", "orientation"],
    temporal: { start: `${firstRentree}-09-01`, end: `${lastRentree + 1}-08-31` },
    sources: [{ title: "SISE inscriptions (MESR-SIES)" }, { title: "SISE résultats (MESR-SIES)" }],
    contributors: [
      { title: "Groupe de travail données ouvertes Oraccle", role: "author", organisation: "UNIF" },
    ],
    ...config.metadata,
  };
}

interface TableInputs {
  cohorts: ReturnType<typeof oraccleCohorts>;
  attributeTables: Record<string, pl.DataFrame>;
  wanted: string[];
  principal: pl.DataFrame;
  flux: pl.DataFrame;
  devenir: pl.DataFrame | undefined;
  reussite: pl.DataFrame | undefined;
  breakdown: string;
}

function publishedTables(inputs: TableInputs): PublishedTable[] {
  const { cohorts, breakdown, attributeTables } = inputs;
  const tables: PublishedTable[] = [
    {
      name: "cohortes",
      title: "Cohortes de parcours identiques",
      description:
        "Une ligne par cohorte : les étudiants qui ont exactement le même parcours. Effectif 0 = cohorte masquée (de 1 à k − 1 étudiants).",
      frame: cohorts.cohortes,
      fields: {
        cohorteid: {
          description: "Identifiant de la cohorte (numéro d'ordre, sans lien avec les étudiants)",
          constraints: { required: true, unique: true },
        },
        trace: {
          description:
            "Parcours : années séparées par « + », chaque année « niveau-diplôme-UAI » (voir formations.csv)",
        },
        effectif: {
          description: "Nombre d'étudiants ; 0 = masqué (de 1 à k − 1)",
          constraints: { minimum: 0 },
        },
      },
      primaryKey: ["cohorteid"],
    },
    {
      name: "formations",
      title: "Formations citées dans les parcours",
      description:
        "Une ligne par élément de parcours « niveau-diplôme-UAI », avec les codes SISE de la formation.",
      frame: formationsTable(inputs.principal),
      fields: {
        formation: {
          description: "Clé de l'élément dans les parcours : niveau-diplôme-UAI",
          constraints: { required: true, unique: true },
        },
        typ_dipl: { description: "Type de diplôme SISE (XA licence, XB master, DR BUT…)" },
        diplom: { description: "Code SISE du diplôme" },
        niveau: { description: "Année dans le diplôme (01, 02, 03)" },
        cursus_lmd: { description: "Cursus L, M ou D" },
        discipli: { description: "Discipline SISE" },
        groupe: { description: "Groupe disciplinaire SISE" },
        gd_discipline: { description: "Grande discipline (DSA, LLSH, SI, STAPS, SANTE)" },
        etabli: { description: "UAI de l'établissement" },
      },
      primaryKey: ["formation"],
    },
  ];
  for (const attribute of inputs.wanted) {
    const frame = attributeTables[attribute];
    if (!frame) continue;
    tables.push({
      name: `cohorte_${attribute}`,
      title: `Cohortes × ${attribute}`,
      description: `Répartition des étudiants de chaque cohorte selon ${ATTRIBUTE_DESCRIPTIONS[attribute] ?? attribute}. Les modalités de moins de k étudiants sont effacées (valeur vide), avec assez d'autres modalités pour que la ligne effacée compte au moins k étudiants ou soit masquée (0).`,
      frame: frame.withColumns(pl.col(attribute).cast(pl.Utf8)),
      fields: {
        cohorteid: {
          description: "Identifiant de la cohorte (voir cohortes.csv)",
          constraints: { required: true },
        },
        [attribute]: { description: ATTRIBUTE_DESCRIPTIONS[attribute] ?? attribute },
        effectif: { description: "Nombre d'étudiants ; 0 = masqué", constraints: { minimum: 0 } },
      },
    });
  }
  const statusField = {
    description:
      "publie ; secret_primaire (moins de k étudiants) ; secret_secondaire (masquée pour protéger une autre case)",
    constraints: { enum: ["publie", "secret_primaire", "secret_secondaire"] },
  };
  tables.push({
    name: "flux",
    title: "Flux entre situations d'une rentrée à la suivante",
    description:
      "Étudiants inscrits à la rentrée N selon leur situation (SIT01 à SIT13 du ministère) et leur situation à la rentrée N + 1 ; les totaux sont dans les lignes « Total ». Cases en secret : effectif vide.",
    frame: inputs.flux,
    fields: {
      rentree: { description: "Rentrée N (2019 = année universitaire 2019-20)" },
      situation: { description: "Situation à la rentrée N" },
      situation_suivante: { description: "Situation à la rentrée N + 1 (« Sortants » : plus inscrit)" },
      effectif: {
        description: "Nombre d'étudiants ; vide = secret statistique",
        constraints: { minimum: 0 },
      },
      statut: statusField,
    },
  });
  const indicatorFields = (category: string, categoryDescription: string) => ({
    cohorte: { description: "Rentrée d'entrée en L1 des néo-bacheliers" },
    [breakdown]: { description: "Grande discipline de la L1 (DSA, LLSH, SI, STAPS, SANTE ; Total)" },
    [category]: { description: categoryDescription },
    effectif: { description: "Nombre d'étudiants ; vide = secret statistique", constraints: { minimum: 0 } },
    effectif_groupe: {
      description: "Effectif de la cohorte dans la grande discipline (dénominateur du taux)",
    },
    statut: statusField,
    taux: {
      description: "Part des étudiants du groupe (effectif / effectif_groupe), cases publiées seulement",
      constraints: { minimum: 0, maximum: 1 },
    },
    taux_ic_bas: { description: "Borne basse de l'intervalle de Wilson à 95 %" },
    taux_ic_haut: { description: "Borne haute de l'intervalle de Wilson à 95 %" },
  });
  if (inputs.devenir) {
    tables.push({
      name: "devenir_l1",
      title: "Devenir en un an des néo-bacheliers inscrits en L1",
      description:
        "Définition du ministère : passage en L2, redoublement, réorientation ou sortie un an après l'entrée en L1 (les quatre catégories font 100 %).",
      frame: inputs.devenir,
      fields: indicatorFields("devenir", "passage, redoublement, reorientation, sortie ou Total"),
    });
  }
  if (inputs.reussite) {
    tables.push({
      name: "reussite_licence",
      title: "Réussite en licence en 3 ou 4 ans des néo-bacheliers inscrits en L1",
      description:
        "Licence (générale ou professionnelle) obtenue 3 ans ou exactement 4 ans après l'entrée en L1, dans n'importe quel établissement.",
      frame: inputs.reussite,
      fields: indicatorFields(
        "reussite",
        "licence_en_3_ans, licence_en_4_ans, pas_de_licence_en_4_ans ou Total",
      ),
    });
  }
  return tables;
}

function formationsTable(principal: pl.DataFrame): pl.DataFrame {
  // Same key as the trace elements, so every formation of a trace is described.
  return (
    withTraceElement(principal)
      .select(
        pl.col("__element").alias("formation"),
        pl.col("typ_dipl"),
        pl.col("diplom"),
        pl.col("niveau"),
        pl.col("cursus_lmd"),
        pl.col("discipli"),
        pl.col("groupe"),
        pl.col("gd_discipline"),
        pl.col("etabli"),
      )
      // Every column in the sort: a formation seen with several groupes (or any other code) keeps
      // the smallest, whatever the order of the enrolments.
      .sort([
        "formation",
        "typ_dipl",
        "diplom",
        "niveau",
        "discipli",
        "groupe",
        "gd_discipline",
        "cursus_lmd",
        "etabli",
      ])
      .unique({ subset: ["formation"], keep: "first", maintainOrder: true })
      .collectSync()
  );
}

function renderPublicationReport(
  metadata: DatasetMetadata,
  tables: PublishedTable[],
  figures: Record<string, number>,
  breakdown: string,
): string {
  const flux = tables.find((table) => table.name === "flux")?.frame;
  const devenir = tables.find((table) => table.name === "devenir_l1")?.frame;
  const sections = [];
  sections.push({
    title: "En chiffres",
    tables: [
      {
        frame: pl.DataFrame({ indicateur: Object.keys(figures), valeur: Object.values(figures) }),
        caption: "Résumé de la publication",
      },
    ],
  });
  if (flux) {
    const rows = (
      flux
        .filter(pl.col("statut").eq(pl.lit("publie")))
        .filter(
          pl
            .col("situation")
            .neq(pl.lit("Total"))
            .and(pl.col("situation_suivante").neq(pl.lit("Total"))),
        )
        .toRecords() as { rentree: number; situation: string; situation_suivante: string; effectif: number }[]
    ).map((row) => ({
      from_rentree: Number(row.rentree),
      from_state: row.situation,
      to_state: row.situation_suivante === "Sortants" ? "sortie" : row.situation_suivante,
      n: Number(row.effectif),
    }));
    sections.push({
      title: "Flux entre situations",
      paragraphs: [
        "Étudiants d'une situation à la suivante, d'une rentrée à l'autre, après secret statistique (les cases masquées ne sont pas tracées).",
      ],
      figures: [
        {
          figure: sankeyFigure(rows, { title: "Flux entre situations, après secret statistique" }),
          caption: "Sankey des flux publiés",
        },
      ],
    });
  }
  if (devenir) {
    const lastCohort = Number(devenir.getColumn("cohorte").max());
    const shown = devenir.filter(
      pl
        .col("cohorte")
        .eq(lastCohort)
        .and(pl.col("devenir").neq(pl.lit("Total")))
        .and(pl.col("taux").isNotNull()),
    );
    const records = shown.toRecords() as Record<string, unknown>[];
    const traces = ["passage", "redoublement", "reorientation", "sortie"].map((category) => {
      const part = records.filter((row) => row.devenir === category);
      return {
        type: "bar",
        name: category,
        x: part.map((row) => String(row[breakdown])),
        y: part.map((row) => Number(row.taux)),
        error_y: {
          type: "data",
          symmetric: false,
          array: part.map((row) => Number(row.taux_ic_haut) - Number(row.taux)),
          arrayminus: part.map((row) => Number(row.taux) - Number(row.taux_ic_bas)),
        },
      };
    });
    sections.push({
      title: `Devenir en un an des néo-bacheliers entrés en L1 en ${lastCohort}`,
      paragraphs: [
        "Taux publiés avec leur intervalle de Wilson à 95 %. Les cases en secret statistique ne sont pas tracées.",
      ],
      figures: [
        {
          figure: {
            data: traces,
            layout: {
              title: { text: `Devenir en un an, cohorte ${lastCohort}` },
              barmode: "group",
              yaxis: { tickformat: ".0%", range: [0, 1] },
            },
          },
        },
      ],
      tables: [{ frame: shown.drop("effectif_groupe"), caption: "Valeurs tracées" }],
    });
  }
  const cohortes = tables.find((table) => table.name === "cohortes")?.frame;
  if (cohortes) {
    sections.push({
      title: "Les cohortes les plus nombreuses",
      tables: [
        { frame: cohortes.sort("effectif", true).head(15), caption: "15 premières cohortes par effectif" },
      ],
    });
  }
  return renderReport({
    title: metadata.title,
    introduction: `${metadata.description} Ce rapport s'ouvre hors ligne : aucune ressource externe.`,
    sections,
  });
}

/** Reads a publication configuration file (JSON). */
export function readPublishConfig(path: string): PublishConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new OraccleError(`configuration file '${path}' cannot be read`, ExitCode.usage);
  }
  try {
    return JSON.parse(text) as PublishConfig;
  } catch (error) {
    throw new OraccleError(
      `configuration file '${path}' is not valid JSON: ${(error as Error).message}`,
      ExitCode.usage,
    );
  }
}
