// The toolkit's answer to the peers' question (bench/peers/common.mjs), from its own stages:
// principalEnrolments → yearlyStates → transitions → selectCohort + cohortOutcomes per licence cohort.
import pl from "nodejs-polars";

const COUNTS = [
  ["passage", "passage_en_l2_1_an"],
  ["redoublement", "redoublement_en_l1"],
  ["reorientation", "reorientation_1_an"],
  ["sortie", "sortie_1_an"],
  ["reussite_3_ans", "reussite_3_ans"],
];

/** Followed-up licence cohorts N (history observed): one row of counts each, null when not observable. */
export function licenceCohortOutcomes(toolkit, { principal, moves, resultats, window }) {
  const rentrees = principal.getColumn("rentree").unique().sort().toArray();
  const rows = [];
  const outcomes = [];
  const followUp = { principal, transitions: moves, resultats, window };
  for (const rentree of rentrees) {
    const cohort = toolkit.selectCohort(principal, toolkit.licenceCohort(rentree));
    if (!cohort.historyObserved || cohort.students.height === 0) continue;
    const result = toolkit.cohortOutcomes(cohort, followUp);
    outcomes.push(result);
    const students = result.students;
    const row = { cohorte: rentree, students: students.height };
    for (const [key, indicator] of COUNTS) {
      row[key] = result.available[indicator] ? students.filter(pl.col(indicator)).height : null;
    }
    rows.push(row);
  }
  return { rows, outcomes };
}
