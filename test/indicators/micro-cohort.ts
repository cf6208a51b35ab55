import pl from "nodejs-polars";

// A hand-built micro extract, rentrées 2019–2024 (results up to session 2025), used by the cohort
// tests. Each student carries the outcomes derived by hand from MESR's definitions
// (docs/definitions.md §1), so the tests count expected rates from these lists rather
// than from the code under test.

export const A = "0751717J";
export const B = "0931238R";

type Row = Record<string, string | number | null>;

const person: Record<string, string | number | null> = {
  etabli: A,
  compos: null,
  inspr: "O",
  sexe: "2",
  annais: 2002,
  anbac: 2020,
  bac_rgrp: "3",
  bac_spe1: null,
  bac_spe2: null,
  mention_bac: "C",
  acabac: "01",
  pcspar: "33",
  nation: "100",
  typ_dipl: "XA",
  diplom: "2000001",
  niveau: "01",
  cursus_lmd: "L",
  sectdis: "36",
  discipli: "01",
  groupe: "1",
  gd_discipline: "DSA",
  regime: "10",
  amena: null,
  par_type: null,
  curpar: null,
  conv: null,
};

const inscriptions: Row[] = [];
const resultats: Row[] = [];
/** Expected outcome names per student of the 2020 licence cohort (hand-derived). */
export const EXPECTED_2020: Record<string, string[]> = {};

function student(id: string, traits: Row, years: [number, Row][]) {
  for (const [rentree, changes] of years)
    inscriptions.push({ rentree, id_etu: id, ...person, ...traits, ...changes });
}
function result(
  id: string,
  rentree: number,
  etabli: string,
  typ_dipl: string,
  diplom: string,
  resdip: "O" | "N",
  niveau = "03",
) {
  resultats.push({
    rentree,
    session: rentree + 1,
    id_etu: id,
    etabli,
    diplom,
    typ_dipl,
    niveau,
    resdip,
    resint: "N",
  });
}
function expect2020(id: string, ...outcomes: string[]) {
  EXPECTED_2020[id] = outcomes;
}

const L2 = { niveau: "02" };
const L3 = { niveau: "03" };
const droitB = { etabli: B, diplom: "2000003" }; // licence of the same groupe (1) at B
const lettres = { diplom: "3000001", groupe: "3", discipli: "04", gd_discipline: "LLSH", sectdis: "08" };
const svtLas = {
  diplom: "4000001",
  groupe: "4",
  discipli: "09",
  gd_discipline: "SI",
  sectdis: "68",
  par_type: "0001291",
};
// Second year of a health programme: recognised by groupe A / gd_discipline SANTE. "SA" stands
// for the health diploma type (the passage rule for L.AS reads the groupe, not the code).
const sante2 = {
  typ_dipl: "SA",
  diplom: "9000001",
  niveau: "02",
  groupe: "A",
  discipli: "11",
  gd_discipline: "SANTE",
  sectdis: "81",
  par_type: null,
};
const but1 = {
  typ_dipl: "DR",
  diplom: "7000001",
  niveau: "01",
  groupe: "7",
  discipli: "08",
  gd_discipline: "SI",
  sectdis: "61",
};
const dut1 = { ...but1, typ_dipl: "CB", diplom: "7000002" };
const P = "passage_en_l2_1_an";
const P12 = "passage_en_l2_1_2_ans";
const R3 = "reussite_3_ans";
const R34 = "reussite_3_4_ans";

// Linear success in 3 years.
student("p01", {}, [
  [2020, {}],
  [2021, L2],
  [2022, L3],
]);
result("p01", 2022, A, "XA", "2000001", "O");
expect2020("p01", P, P12, R3, R34);
// Fails L3 once, licence in exactly 4 years.
student("p02", {}, [
  [2020, {}],
  [2021, L2],
  [2022, L3],
  [2023, L3],
]);
result("p02", 2022, A, "XA", "2000001", "N");
result("p02", 2023, A, "XA", "2000001", "O");
expect2020("p02", P, P12, "reussite_4_ans", R34);
// L2 of another licence of the same groupe = passage; a DEUG (intermediate) is not a licence.
student("p03", {}, [
  [2020, {}],
  [2021, { ...L2, diplom: "2000002" }],
]);
result("p03", 2021, A, "CP", "2000002", "O", "02");
expect2020("p03", P, P12);
// L2 of a licence of another groupe = réorientation.
student("p04", {}, [
  [2020, {}],
  [2021, { ...L2, ...lettres }],
]);
expect2020("p04", "reorientation_1_an");
// Repeats L1, then L2: passage in 2 years; licence in 4 years.
student("p05", {}, [
  [2020, {}],
  [2021, {}],
  [2022, L2],
  [2023, L3],
]);
result("p05", 2023, A, "XA", "2000001", "O");
expect2020("p05", "redoublement_en_l1", "passage_en_l2_2_ans", P12, "reussite_4_ans", R34);
// Repeats L1 twice.
student("p06", {}, [
  [2020, {}],
  [2021, {}],
  [2022, {}],
]);
expect2020("p06", "redoublement_en_l1");
// Repeats L1 then leaves.
student("p07", {}, [
  [2020, {}],
  [2021, {}],
]);
expect2020("p07", "redoublement_en_l1");
// Réorientation to BUT and to DUT in 1 year, to an engineering school (not IUT).
student("p08", {}, [
  [2020, {}],
  [2021, but1],
]);
expect2020("p08", "reorientation_1_an", "reorientation_en_dut_1_an", "reorientation_en_dut");
student("p09", {}, [
  [2020, {}],
  [2021, dut1],
]);
expect2020("p09", "reorientation_1_an", "reorientation_en_dut_1_an", "reorientation_en_dut");
student("p10", {}, [
  [2020, {}],
  [2021, { typ_dipl: "FI", diplom: "8000001", niveau: "01", cursus_lmd: "M", groupe: "4" }],
]);
expect2020("p10", "reorientation_1_an");
// Leaves after L1.
student("p11", {}, [[2020, {}]]);
expect2020("p11", "sortie_1_an");
// Gap year, then L1 again: a sortie in 1 year, not a redoublement.
student("p12", {}, [
  [2020, {}],
  [2022, {}],
]);
expect2020("p12", "sortie_1_an");
// Transfer to B (same groupe) and licence obtained at B: success "in any establishment".
student("p13", {}, [
  [2020, {}],
  [2021, { ...L2, ...droitB }],
  [2022, { ...L3, ...droitB }],
]);
result("p13", 2022, B, "XA", "2000003", "O");
expect2020("p13", P, P12, R3, R34);
// Double enrolment: L1 at A (principal) and a DU at B (secondary) — one student, counted once.
student("p14", {}, [
  [2020, {}],
  [2021, L2],
]);
student("p14", {}, [
  [2020, { etabli: B, inspr: "N", typ_dipl: "UA", diplom: "5000001", niveau: "01", groupe: "3" }],
]);
expect2020("p14", P, P12);
// L.AS → 2nd year of a health programme = passage (L.AS rule).
student("p15", svtLas, [
  [2020, {}],
  [2021, sante2],
]);
expect2020("p15", P, P12);
// L.AS → L2 of a licence of another groupe = passage too (L.AS rule: any licence).
student("p16", svtLas, [
  [2020, {}],
  [2021, { ...L2, diplom: "2000001", groupe: "1", discipli: "01", gd_discipline: "DSA", par_type: null }],
]);
expect2020("p16", P, P12);
// Repeats L1 then goes to BUT: réorientation to IUT in 2 years.
student("p17", {}, [
  [2020, {}],
  [2021, {}],
  [2022, but1],
]);
expect2020("p17", "redoublement_en_l1", "reorientation_en_dut_2_ans", "reorientation_en_dut");
// Licence professionnelle after L2, obtained at B: counts as réussite en licence.
student("p18", {}, [
  [2020, {}],
  [2021, L2],
  [2022, { etabli: B, typ_dipl: "DP", diplom: "6000001", niveau: "01" }],
]);
result("p18", 2022, B, "DP", "6000001", "O", "01");
expect2020("p18", P, P12, R3, R34);
// Licence in 5 years: neither in 3 nor in 3–4.
student("p19", {}, [
  [2020, {}],
  [2021, L2],
  [2022, L3],
  [2023, L3],
  [2024, L3],
]);
result("p19", 2022, A, "XA", "2000001", "N");
result("p19", 2023, A, "XA", "2000001", "N");
result("p19", 2024, A, "XA", "2000001", "O");
expect2020("p19", P, P12);
// Establishment B entrants with other characteristics, for breakdowns.
student("p20", { etabli: B, sexe: "1", bac_rgrp: "6", mention_bac: "D", annais: 2001, pcspar: "61" }, [
  [2020, {}],
]);
expect2020("p20", "sortie_1_an");
student("p21", { etabli: B, sexe: "1", bac_rgrp: "4", mention_bac: "D", annais: 2001, pcspar: "61" }, [
  [2020, {}],
  [2021, {}],
  [2022, {}],
]);
expect2020("p21", "redoublement_en_l1");
student("p22", { etabli: B, mention_bac: "A" }, [
  [2020, {}],
  [2021, L2],
  [2022, L3],
]);
result("p22", 2022, B, "XA", "2000001", "O");
expect2020("p22", P, P12, R3, R34);
// Réorientation to PASS.
student("p23", { etabli: B }, [
  [2020, {}],
  [2021, { typ_dipl: "CV", diplom: "9000002", groupe: "A", discipli: "11", gd_discipline: "SANTE" }],
]);
expect2020("p23", "reorientation_1_an");
// Gap year then back directly in L2: a sortie in 1 year and no passage in 2 years (no redoublement).
student("p24", {}, [
  [2020, {}],
  [2022, L2],
]);
expect2020("p24", "sortie_1_an");
// Passage then leaves.
student("p25", {}, [
  [2020, {}],
  [2021, L2],
]);
expect2020("p25", P, P12);
// Two enrolments flagged principal (licence + DU bac level): the licence (highest diploma) is kept.
student("p26", {}, [
  [2020, {}],
  [2021, L2],
]);
student("p26", {}, [[2020, { typ_dipl: "UA", diplom: "5000002", groupe: "3" }]]);
expect2020("p26", P, P12);

// Not in the 2020 licence cohort.
// CPGE double enrolment (the licence side of a CPGE student).
student("x01", { curpar: "02" }, [
  [2020, {}],
  [2021, { ...L2, curpar: "02" }],
]);
// Not a néo-bachelier.
student("x02", { anbac: 2019 }, [
  [2020, {}],
  [2021, L2],
]);
// Enrolled in higher education before (capacité en droit, no bac needed).
student("x03", {}, [
  [2019, { typ_dipl: "AC", diplom: "1000001" }],
  [2020, {}],
  [2021, L2],
]);
// Néo-bachelier entering directly in L2, and one entering a DUT.
student("x04", {}, [
  [2020, L2],
  [2021, L3],
]);
student("x05", {}, [[2020, dut1]]);
// Later cohorts, right-censored in the data: 2022 (no licence in 4 years yet), 2023 (no passage in 2 years), 2024 (nothing yet).
student("c22", { anbac: 2022, annais: 2004 }, [
  [2022, {}],
  [2023, L2],
  [2024, L3],
]);
student("c23", { anbac: 2023, annais: 2005 }, [
  [2023, {}],
  [2024, L2],
]);
student("c24", { anbac: 2024, annais: 2006 }, [[2024, {}]]);

// Master entrants 2020 (the licence holders of earlier years are irrelevant here).
const m1 = { typ_dipl: "XB", diplom: "1100001", niveau: "01", cursus_lmd: "M", anbac: 2016, annais: 1998 };
const m2 = { ...m1, niveau: "02" };
student("m01", m1, [
  [2020, {}],
  [2021, m2],
]);
result("m01", 2021, A, "XB", "1100001", "O", "02");
student("m02", m1, [
  [2020, {}],
  [2021, {}],
  [2022, m2],
]);
result("m02", 2022, A, "XB", "1100001", "O", "02");
student("m03", m1, [
  [2019, {}],
  [2020, {}],
  [2021, m2],
]); // repeats M1 in 2020: not a first-time entrant
result("m03", 2021, A, "XB", "1100001", "O", "02");
student("m04", m1, [[2020, {}]]);

// BUT néo-bacheliers 2021.
const bac21 = { anbac: 2021, annais: 2003 };
student("b01", { ...but1, ...bac21 }, [
  [2021, {}],
  [2022, { niveau: "02" }],
  [2023, { niveau: "03" }],
]);
result("b01", 2023, A, "DR", "7000001", "O");
student("b02", { ...but1, ...bac21 }, [
  [2021, {}],
  [2022, {}],
]);
student("b03", { ...but1, ...bac21 }, [
  [2021, {}],
  [2022, { niveau: "02" }],
]);

const INSCRIPTION_TYPES: Record<string, pl.DataType> = {
  rentree: pl.Int32,
  annais: pl.Int32,
  anbac: pl.Int32,
};

function frame(rows: Row[], intColumns: string[]): pl.DataFrame {
  const columns = Object.keys(rows[0]!);
  return pl.DataFrame(
    columns.map((column) =>
      pl.Series(
        column,
        rows.map((row) => row[column] ?? null),
        intColumns.includes(column) ? pl.Int32 : pl.Utf8,
      ),
    ),
  );
}

/** The micro extract: inscriptions and résultats with the data-model column types. */
export function microExtract(): { inscriptions: pl.DataFrame; resultats: pl.DataFrame } {
  return {
    inscriptions: frame(inscriptions, Object.keys(INSCRIPTION_TYPES)),
    resultats: frame(resultats, ["rentree", "session"]),
  };
}
