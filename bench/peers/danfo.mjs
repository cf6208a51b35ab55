// danfojs-node peer: the logic of common.mjs with danfo's DataFrame verbs (Series.map, query,
// groupby().agg, merge, sortValues, dropDuplicates), as an analyst would write it. danfo reads
// no Parquet, so it parses CSV copies of the same files (bench/lib/dataset.mjs ensureCsv).
import * as dfd from "danfojs-node";
import { PAR_TYPE_LAS } from "./common.mjs";

export const name = "danfo.js";

const isNull = (v) => v == null || v === "" || Number.isNaN(v);
const text = (v) => (isNull(v) ? null : String(v));
const intOrNull = (v) => {
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
};
// A sort key that orders text ascending with nulls last.
const lastIfNull = (v) => (isNull(v) ? "\uffff" : String(v));

export async function run({ csv, types, timer }) {
  const { ins, res } = await timer("read", async () => ({
    ins: await dfd.readCSV(csv.inscriptions, { dynamicTyping: { rentree: true, anbac: true, annais: true } }),
    res: await dfd.readCSV(csv.resultats, { dynamicTyping: { rentree: true, session: true } }),
  }));
  return timer("logic", async () => {
    const bacPlus = Object.fromEntries(types.map((t) => [t.typ_dipl, t.bac_plus]));
    const years = Object.fromEntries(types.map((t) => [t.typ_dipl, t.years]));

    // 1. Principal enrolment.
    ins.addColumn(
      "row",
      Array.from({ length: ins.shape[0] }, (_, i) => i),
      { inplace: true },
    );
    const cpge = ins["curpar"].map((v) => text(v) === "02").or(ins["conv"].map((v) => text(v) === "P"));
    const kept = ins.query(cpge.map((v) => !v));
    kept.addColumn(
      "is_o",
      kept["inspr"].map((v) => (text(v) === "O" ? 1 : 0)),
      { inplace: true },
    );
    kept.addColumn("niv", kept["niveau"].map(intOrNull), { inplace: true });
    kept.addColumn(
      "score",
      kept["typ_dipl"]
        .map((t) => bacPlus[text(t)] ?? -1)
        .mul(100)
        .add(kept["niv"].map((n) => n ?? 0)),
      { inplace: true },
    );
    const perKey = kept.groupby(["id_etu", "rentree"]).agg({ is_o: "sum" });
    const withCounts = dfd.merge({ left: kept, right: perKey, on: ["id_etu", "rentree"], how: "left" });
    const candidates = withCounts.query(withCounts["is_o_sum"].eq(0).or(withCounts["is_o"].eq(1)));
    const rank = [];
    const { id_etu, rentree, score, diplom, etabli, compos, row } = {
      id_etu: candidates["id_etu"].values,
      rentree: candidates["rentree"].values,
      score: candidates["score"].values,
      diplom: candidates["diplom"].values,
      etabli: candidates["etabli"].values,
      compos: candidates["compos"].values,
      row: candidates["row"].values,
    };
    for (let i = 0; i < id_etu.length; i++) {
      rank.push(
        `${id_etu[i]}|${rentree[i]}|${String(9999 - score[i]).padStart(5, "0")}|${lastIfNull(diplom[i])}|${lastIfNull(etabli[i])}|${lastIfNull(compos[i])}|${String(row[i]).padStart(10, "0")}`,
      );
    }
    candidates.addColumn("rank", rank, { inplace: true });
    const sorted = candidates.sortValues("rank");
    sorted.addColumn(
      "key",
      sorted["id_etu"].map((id, i) => `${id}|${sorted["rentree"].values[i]}`),
      { inplace: true },
    );
    const firstRows = sorted["key"].dropDuplicates({ keep: "first" });
    const principal = sorted
      .loc({
        rows: firstRows.index,
        columns: [
          "id_etu",
          "rentree",
          "typ_dipl",
          "niveau",
          "niv",
          "diplom",
          "groupe",
          "discipli",
          "gd_discipline",
          "par_type",
          "anbac",
        ],
      })
      .resetIndex();
    principal.addColumn(
      "years",
      principal["typ_dipl"].map((t) => years[text(t)] ?? null),
      { inplace: true },
    );

    // 2. Devenir en 1 an.
    const lastRentree = principal["rentree"].max();
    const firstRentree = principal["rentree"].min();
    const lastResult = res["rentree"].max();
    const next = principal.loc({
      columns: ["id_etu", "rentree", "typ_dipl", "niv", "diplom", "groupe", "discipli", "gd_discipline"],
    });
    next.rename(
      {
        typ_dipl: "b_typ",
        niv: "b_niv",
        diplom: "b_diplom",
        groupe: "b_groupe",
        discipli: "b_discipli",
        gd_discipline: "b_gd",
      },
      { inplace: true },
    );
    next.addColumn("b_present", new Array(next.shape[0]).fill(1), { inplace: true });
    next.addColumn("rentree", next["rentree"].sub(1), { inplace: true });
    const scope = principal.query(
      principal["rentree"]
        .lt(lastRentree)
        .and(
          principal["niv"].map(
            (n, i) => n != null && principal["years"].values[i] != null && n < principal["years"].values[i],
          ),
        ),
    );
    const pairs = dfd.merge({ left: scope, right: next, on: ["id_etu", "rentree"], how: "left" });
    const columns = pairs.columns;
    const at = Object.fromEntries(columns.map((c, i) => [c, i]));
    const devenirValues = pairs.apply(
      (r) => {
        if (isNull(r[at.b_present])) return "sortie";
        const typ = text(r[at.typ_dipl]);
        const bTyp = text(r[at.b_typ]);
        const niv = r[at.niv];
        const bNiv = isNull(r[at.b_niv]) ? null : r[at.b_niv];
        const eq = (a, b) => !isNull(r[at[a]]) && !isNull(r[at[b]]) && text(r[at[a]]) === text(r[at[b]]);
        const sameTrack = eq("diplom", "b_diplom") || eq("groupe", "b_groupe");
        const isLas = typ === "XA" && text(r[at.par_type]) === PAR_TYPE_LAS;
        const bHealth =
          ["A", "5", "6"].includes(text(r[at.b_groupe])) ||
          ["11", "12", "13"].includes(text(r[at.b_discipli])) ||
          text(r[at.b_gd]) === "SANTE" ||
          ["CV", "CY", "PJ"].includes(bTyp);
        const later = bNiv != null && niv != null && bNiv > niv;
        if (
          (typ != null && typ === bTyp && later && sameTrack) ||
          (isLas &&
            ((bTyp === "XA" && later) ||
              (bHealth && !["CV", "CY"].includes(bTyp) && bNiv != null && bNiv >= 2)))
        )
          return "passage";
        if (typ != null && typ === bTyp && bNiv != null && bNiv === niv && sameTrack) return "redoublement";
        return "reorientation";
      },
      { axis: 1 },
    );
    const devenir = new dfd.DataFrame({
      id_etu: pairs["id_etu"].values,
      cohorte: pairs["rentree"].values,
      devenir: devenirValues.values,
    });

    // 3. Licence cohorts and réussite en 3 ans.
    const firstYear = principal.groupby(["id_etu"]).agg({ rentree: "min" });
    const entrants = principal.query(
      principal["typ_dipl"]
        .eq("XA")
        .and(principal["niveau"].map((v) => text(v) === "01"))
        .and(principal["anbac"].eq(principal["rentree"]))
        .and(principal["rentree"].gt(firstRentree)),
    );
    const withFirst = dfd.merge({ left: entrants, right: firstYear, on: ["id_etu"], how: "inner" });
    const cohortRows = withFirst.query(withFirst["rentree"].eq(withFirst["rentree_min"]));
    const cohort = new dfd.DataFrame({
      id_etu: cohortRows["id_etu"].values,
      cohorte: cohortRows["rentree"].values,
    });
    const licences = res.query(
      res["resdip"]
        .map((v) => text(v) === "O")
        .and(res["typ_dipl"].map((v) => ["XA", "DP"].includes(text(v)))),
    );
    const licenceOfCohort = dfd.merge({
      left: licences.loc({ columns: ["id_etu", "rentree", "session"] }),
      right: cohort,
      on: ["id_etu"],
      how: "inner",
    });
    const afterEntry = licenceOfCohort.query(licenceOfCohort["rentree"].ge(licenceOfCohort["cohorte"]));
    const firstLicence = afterEntry.groupby(["id_etu", "cohorte"]).agg({ session: "min" });
    const followed = dfd.merge({
      left: dfd.merge({ left: cohort, right: devenir, on: ["id_etu", "cohorte"], how: "left" }),
      right: firstLicence,
      on: ["id_etu", "cohorte"],
      how: "left",
    });
    for (const category of ["passage", "redoublement", "reorientation", "sortie"]) {
      followed.addColumn(
        category,
        followed["devenir"].map((v) => (v === category ? 1 : 0)),
        { inplace: true },
      );
    }
    followed.addColumn(
      "reussite_3_ans",
      followed["session_min"].map((s, i) => (!isNull(s) && s - followed["cohorte"].values[i] <= 3 ? 1 : 0)),
      { inplace: true },
    );
    followed.addColumn(
      "students",
      followed["cohorte"].map(() => 1),
      { inplace: true },
    );
    const counts = followed.groupby(["cohorte"]).agg({
      students: "sum",
      passage: "sum",
      redoublement: "sum",
      reorientation: "sum",
      sortie: "sum",
      reussite_3_ans: "sum",
    });
    return dfd.toJSON(counts).map((r) => {
      const cohorte = Number(r.cohorte);
      const devenirObserved = cohorte + 1 <= lastRentree;
      return {
        cohorte,
        students: r.students_sum,
        passage: devenirObserved ? r.passage_sum : null,
        redoublement: devenirObserved ? r.redoublement_sum : null,
        reorientation: devenirObserved ? r.reorientation_sum : null,
        sortie: devenirObserved ? r.sortie_sum : null,
        reussite_3_ans: cohorte + 2 <= lastResult ? r.reussite_3_ans_sum : null,
      };
    });
  });
}
