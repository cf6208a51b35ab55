import pl from "nodejs-polars";
import { traceSteps } from "../../src/publish/trace-steps.js";
import type { Release } from "../../src/serve/release.js";

/**
 * A tiny release written by hand (codes of the embedded code lists), for the query tests:
 *   c1  1-A-U+2-A-U          10
 *   c2  1-A-U+1-A-U+2-A-U    0 (masked)
 *   c3  1-A-U++4-M-U         7 (a year without enrolment)
 *   c4  0-P-V+1-A-U          0 (masked)
 *   c5  1-B-U&2-A-U          6 (two simultaneous enrolments: 1-B-U is the principal one)
 */
export function inlineRelease(): Release {
  const cohorts = pl.DataFrame({
    cohorteid: ["1", "2", "3", "4", "5"],
    trace: ["1-A-U+2-A-U", "1-A-U+1-A-U+2-A-U", "1-A-U++4-M-U", "0-P-V+1-A-U", "1-B-U&2-A-U"],
    effectif: [10, 0, 7, 0, 6],
  });
  const formations = pl.DataFrame({
    formation: ["1-A-U", "2-A-U", "4-M-U", "0-P-V", "1-B-U"],
    typ_dipl: ["XA", "XA", "XB", "CV", "XA"],
    diplom: ["A", "A", "M", "P", "B"],
    niveau: ["01", "02", "01", "01", "01"],
    cursus_lmd: ["L", "L", "M", "L", "L"],
    discipli: ["01", "01", "09", "34", "06"],
    etabli: ["U", "U", "U", "V", "U"],
  });
  const sexe = pl.DataFrame({
    cohorteid: ["1", "1", "2", "3", "4", "5"],
    sexe: ["2", null, null, "1", null, "2"],
    effectif: [6, 4, 0, 7, 0, 6],
  });
  return {
    folder: "inline",
    title: "Jeu de test",
    description: "",
    k: 5,
    fingerprint: "test",
    frames: {
      cohorts,
      steps: traceSteps(cohorts),
      formations,
      attributes: { sexe },
      indicators: {},
      labels: {
        typ_dipl: { XA: "Licence (LMD)", XB: "Master (LMD)", CV: "PASS" },
        discipli: { "01": "Droit", "09": "Sciences de la vie", "34": "Santé", "06": "Sciences humaines" },
        etabli: { U: "Université Île-de-Éden" },
        sexe: { "1": "Homme", "2": "Femme" },
      },
    },
  };
}
