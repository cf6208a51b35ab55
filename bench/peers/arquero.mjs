// arquero peer: the logic of common.mjs with arquero verbs (filter, groupby + window derive, join,
// rollup), as an analyst would write it. arquero reads no Parquet, so it parses CSV copies of the
// same files (bench/lib/dataset.mjs ensureCsv); types are kept as SISE spells them (codes as text).
import { readFileSync } from "node:fs";
import * as aq from "arquero";
import { PAR_TYPE_LAS } from "./common.mjs";

export const name = "arquero";
const { op } = aq;

// Several join keys go as [left keys, right keys]; the keys are then kept once.
const joinLeft = (left, right, keys) => left.join_left(right, [keys, keys]);

const NUMERIC = new Set(["rentree", "annais", "anbac", "session"]);

function readCsv(file) {
  const text = readFileSync(file, "utf8");
  const header = text.slice(0, text.indexOf("\n")).split(",");
  const parse = {};
  for (const column of header) parse[column] = NUMERIC.has(column) ? Number : (v) => (v === "" ? null : v);
  return aq.fromCSV(text, { autoType: false, parse });
}

export async function run({ csv, types, timer }) {
  const { ins, res } = await timer("read", async () => ({
    ins: readCsv(csv.inscriptions),
    res: readCsv(csv.resultats),
  }));
  return timer("logic", async () => {
    const typeTable = aq.from(types);
    const kept = ins
      .derive({ row: () => op.row_number() })
      .filter((d) => !(d.curpar === "02" || d.conv === "P"))
      .join_left(typeTable, "typ_dipl")
      .derive({
        niv: (d) => op.parse_int(d.niveau, 10),
        is_o: (d) => (d.inspr === "O" ? 1 : 0),
      })
      .derive({
        score: (d) => (d.bac_plus == null ? -1 : d.bac_plus) * 100 + (op.is_finite(d.niv) ? d.niv : 0),
        // orderby puts nulls first: a high sentinel sorts them last, as the toolkit does.
        diplom_key: (d) => (d.diplom == null ? "\uffff" : d.diplom),
        etabli_key: (d) => (d.etabli == null ? "\uffff" : d.etabli),
        compos_key: (d) => (d.compos == null ? "\uffff" : d.compos),
      });
    const principal = kept
      .groupby("id_etu", "rentree")
      .derive({ n_o: (d) => op.sum(d.is_o) })
      .filter((d) => d.n_o === 0 || d.is_o === 1)
      .orderby(aq.desc("score"), "diplom_key", "etabli_key", "compos_key", "row")
      .filter(() => op.row_number() === 1)
      .ungroup()
      .select(
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
        "years",
      );

    const lastRentree = principal.rollup({ v: (d) => op.max(d.rentree) }).get("v", 0);
    const firstRentree = principal.rollup({ v: (d) => op.min(d.rentree) }).get("v", 0);
    const lastResult = res.rollup({ v: (d) => op.max(d.rentree) }).get("v", 0);

    const next = principal
      .select({
        id_etu: "id_etu",
        rentree: "b_rentree",
        typ_dipl: "b_typ",
        niv: "b_niv",
        diplom: "b_diplom",
        groupe: "b_groupe",
        discipli: "b_discipli",
        gd_discipline: "b_gd",
      })
      .derive({ rentree: (d) => d.b_rentree - 1 });
    const devenir = joinLeft(
      principal.params({ lastRentree }).filter((d, $) => d.rentree < $.lastRentree && d.niv < d.years),
      next,
      ["id_etu", "rentree"],
    )
      .params({ las: PAR_TYPE_LAS })
      .derive({
        devenir: (d, $) => {
          if (d.b_rentree == null) return "sortie";
          const sameTrack =
            (d.diplom === d.b_diplom && d.diplom != null) || (d.groupe === d.b_groupe && d.groupe != null);
          const isLas = d.typ_dipl === "XA" && d.par_type === $.las;
          const nextHealth =
            op.includes(["A", "5", "6"], d.b_groupe) ||
            op.includes(["11", "12", "13"], d.b_discipli) ||
            d.b_gd === "SANTE" ||
            op.includes(["CV", "CY", "PJ"], d.b_typ);
          if (
            (d.typ_dipl === d.b_typ && d.b_niv > d.niv && sameTrack) ||
            (isLas &&
              ((d.b_typ === "XA" && d.b_niv > d.niv) ||
                (nextHealth && !op.includes(["CV", "CY"], d.b_typ) && d.b_niv >= 2)))
          )
            return "passage";
          if (d.typ_dipl === d.b_typ && d.b_niv === d.niv && sameTrack) return "redoublement";
          return "reorientation";
        },
      })
      .select("id_etu", "rentree", "devenir");

    const firstYear = principal.groupby("id_etu").rollup({ first_rentree: (d) => op.min(d.rentree) });
    const cohort = principal
      .params({ firstRentree })
      .filter(
        (d, $) =>
          d.typ_dipl === "XA" && d.niveau === "01" && d.anbac === d.rentree && d.rentree > $.firstRentree,
      )
      .join(firstYear, "id_etu")
      .filter((d) => d.rentree === d.first_rentree)
      .select({ id_etu: "id_etu", rentree: "cohorte" });
    const licence = res
      .filter((d) => d.resdip === "O" && (d.typ_dipl === "XA" || d.typ_dipl === "DP"))
      .select("id_etu", "rentree", "session")
      .join(cohort, "id_etu")
      .filter((d) => d.rentree >= d.cohorte)
      .groupby("id_etu", "cohorte")
      .rollup({ first_session: (d) => op.min(d.session) })
      .derive({ years_to_licence: (d) => d.first_session - d.cohorte });
    const withDevenir = joinLeft(
      joinLeft(cohort, devenir.rename({ rentree: "cohorte" }), ["id_etu", "cohorte"]),
      licence,
      ["id_etu", "cohorte"],
    );
    const counts = withDevenir
      .groupby("cohorte")
      .rollup({
        students: () => op.count(),
        passage: (d) => op.sum(d.devenir === "passage" ? 1 : 0),
        redoublement: (d) => op.sum(d.devenir === "redoublement" ? 1 : 0),
        reorientation: (d) => op.sum(d.devenir === "reorientation" ? 1 : 0),
        sortie: (d) => op.sum(d.devenir === "sortie" ? 1 : 0),
        reussite_3_ans: (d) => op.sum(d.years_to_licence != null && d.years_to_licence <= 3 ? 1 : 0),
      })
      .orderby("cohorte")
      .objects();
    return counts.map((row) => ({
      ...row,
      ...(row.cohorte + 1 <= lastRentree
        ? {}
        : { passage: null, redoublement: null, reorientation: null, sortie: null }),
      reussite_3_ans: row.cohorte + 2 <= lastResult ? row.reussite_3_ans : null,
    }));
  });
}
