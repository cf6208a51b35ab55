import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";
import { studentAttributes, traceCohorts } from "../../src/trajectories/trace-cohorts.js";
import { traces } from "../../src/trajectories/traces.js";
import { twentyStudentsInscriptions, twentyStudentsResultats, U1 } from "./twenty-students.js";

function sixStudents() {
  // Three identical paths (a, b, c), two others identical (d, e), one alone (f).
  const ids = ["a", "a", "b", "b", "c", "c", "d", "e", "f"];
  const years = [2020, 2021, 2020, 2021, 2020, 2021, 2021, 2021, 2020];
  const niveaux = ["01", "02", "01", "02", "01", "02", "01", "01", "01"];
  return pl.DataFrame({
    rentree: pl.Series("rentree", years, pl.Int32),
    id_etu: ids,
    etabli: ids.map(() => U1),
    sexe: ids.map((id) => (id === "a" || id === "d" ? "1" : "2")),
    anbac: pl.Series(
      "anbac",
      ids.map(() => 2020),
      pl.Int32,
    ),
    annais: pl.Series(
      "annais",
      ids.map((id) => (id === "f" ? 2001 : 2002)),
      pl.Int32,
    ),
    bac_rgrp: ids.map(() => "A"),
    typ_dipl: ids.map(() => "XA"),
    niveau: niveaux,
    diplom: ids.map(() => "2500001"),
  });
}

describe("traceCohorts()", () => {
  it("groups identical traces, numbered in trace order, with counts and attribute distributions", () => {
    const principal = sixStudents();
    const { cohortes, attributes } = traceCohorts(traces(principal), studentAttributes(principal));
    expect(cohortes.toRecords()).toEqual([
      // Numbered in the text order of the traces (a prefix sorts first), whatever their sizes.
      { cohorteid: 1, trace: `1-2500001-${U1}`, effectif: 3, diplomes: null },
      { cohorteid: 2, trace: `1-2500001-${U1}+2-2500001-${U1}`, effectif: 3, diplomes: null },
    ]);
    // Cohort 1 mixes d, e (first enrolled 2021) and f (2020): premiereins tells them apart.
    expect(
      attributes
        .filter(
          pl
            .col("cohorteid")
            .eq(1)
            .and(pl.col("attribute").eq(pl.lit("premiereins"))),
        )
        .toRecords(),
    ).toEqual([
      { cohorteid: 1, attribute: "premiereins", value: "2020", effectif: 1 },
      { cohorteid: 1, attribute: "premiereins", value: "2021", effectif: 2 },
    ]);
    expect(
      attributes
        .filter(
          pl
            .col("cohorteid")
            .eq(2)
            .and(pl.col("attribute").eq(pl.lit("sexe"))),
        )
        .toRecords(),
    ).toEqual([
      { cohorteid: 2, attribute: "sexe", value: "1", effectif: 1 },
      { cohorteid: 2, attribute: "sexe", value: "2", effectif: 2 },
    ]);
    // Each attribute's counts add up to the cohort size: nobody lost.
    const sums = attributes.groupBy(["cohorteid", "attribute"]).agg(pl.col("effectif").sum().alias("total"));
    expect(new Set(sums.getColumn("total").toArray())).toEqual(new Set([3]));
  });

  it("counts graduates as diplomes when the attributes carry diplome", () => {
    const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
    const { cohortes } = traceCohorts(
      traces(principal),
      studentAttributes(principal, twentyStudentsResultats()),
    );
    expect(cohortes.height).toBe(20); // 20 students, 20 different paths
    expect(Number(cohortes.getColumn("effectif").sum())).toBe(20);
    expect(Number(cohortes.getColumn("diplomes").sum())).toBe(3); // e01, e09, e17
  });

  it("does not mask small cohorts (the disclosure gate does)", () => {
    const principal = sixStudents();
    const { cohortes } = traceCohorts(traces(principal), studentAttributes(principal));
    expect(
      cohortes
        .getColumn("effectif")
        .toArray()
        .every((n) => Number(n) > 0 && Number(n) < 5),
    ).toBe(true);
  });
});

describe("studentAttributes()", () => {
  it("takes attributes from the first enrolment and the first and last rentrées", () => {
    const attributes = studentAttributes(sixStudents());
    expect(attributes.filter(pl.col("id_etu").eq(pl.lit("f"))).toRecords()).toEqual([
      {
        id_etu: "f",
        sexe: "2",
        bac_rgrp: "A",
        anbac: 2020,
        premiereins: 2020,
        derniereins: 2020,
        age_premiereins: 19,
      },
    ]);
  });
});
