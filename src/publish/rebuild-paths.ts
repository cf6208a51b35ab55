import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../core/errors.js";
import { releaseMemory } from "../core/release-memory.js";
import { observationWindow } from "../indicators/observation-window.js";
import { readSiseAsync, type SiseExtract } from "../sise/read-sise.js";
import { STUDENT_ATTRIBUTES } from "../sise/student-attributes.js";
import { OPTIONAL_TEXT_COLUMNS } from "../trajectories/columns.js";
import { principalEnrolments } from "../trajectories/principal-enrolments.js";
import { transitions } from "../trajectories/transitions.js";
import { yearlyStates } from "../trajectories/yearly-states.js";
import { addBpbac } from "./add-bpbac.js";

/**
 * Within loops, memory is released only when it grew by this much: on small extracts a full
 * collection per step would cost more than it saves. Between phases it is always released.
 */
export const IF_GROWN = { ifGrownBy: 256 * 2 ** 20 };

/** Student attributes no released table uses: not read, which saves two text columns. */
const UNPUBLISHED_ATTRIBUTES: ReadonlySet<string> = new Set(["acabac", "nation"]);

/** Enrolment columns the publication reads after the principal enrolment is chosen. */
const PUBLISHED_ENROLMENT_COLUMNS = [
  "id_etu",
  "rentree",
  "etabli",
  "inspr",
  ...STUDENT_ATTRIBUTES.filter((column) => !UNPUBLISHED_ATTRIBUTES.has(column)),
  "degetu",
  "compos",
  "typ_dipl",
  "diplom",
  "niveau",
  "cursus_lmd",
  "sectdis",
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
 * With a BPBAC folder, its enrolments are put beside SISE's before anything else (`addBpbac`).
 */
export async function rebuildPaths(
  input: string,
  partitionRows: number,
  step: (message: string) => void,
  bpbacFolder?: string,
) {
  let extract: SiseExtract | undefined = await readSiseAsync(input, {
    compact: true,
    columns: READ_COLUMNS,
    progress: step,
  });
  const { report: readReport } = extract;
  if (bpbacFolder !== undefined) step("reading and validating the BPBAC extract");
  let combined = bpbacFolder === undefined ? undefined : addBpbac(extract, bpbacFolder);
  const bpbac = combined?.bpbac;
  const resultats = combined?.resultats ?? extract.resultats;
  // Held in a variable of its own, so that it can be let go once the principal enrolments exist.
  let inscriptions: pl.DataFrame | undefined = combined?.inscriptions ?? extract.inscriptions;
  extract = undefined;
  combined = undefined;
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
  const published = principal.select(
    ...PUBLISHED_ENROLMENT_COLUMNS.filter((c) => principal.columns.includes(c)),
  );
  return {
    readReport,
    rentrees: published.getColumn("rentree").unique().sort().toArray().map(Number),
    principal: published,
    principalRows,
    resultats: resultats.select(...RESULT_COLUMNS.filter((column) => resultats.columns.includes(column))),
    moves,
    window,
    ...(bpbac ? { bpbac } : {}),
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
