import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { linkEstablishmentData } from "../../src/linkage/link-establishment-data.js";
import { readEstablishmentExtract } from "../../src/linkage/read-establishment-extract.js";
import { simulateEstablishmentExtract } from "../../src/linkage/simulate-establishment-extract.js";
import { simulateSise } from "../../src/sise/generator/generate-sise.js";
import { syntheticPseudonymisationKey } from "../../src/sise/generator/pseudonymous-id.js";
import { readSise } from "../../src/sise/read-sise.js";

const SMALL = { seed: 11, entrants: 300, firstRentree: 2016, lastRentree: 2019, warmupYears: 2 };
const UAI = "0755976N"; // the largest synthetic university: enough students for every kind of noise

function generated() {
  const { inscriptions } = simulateSise(SMALL);
  const frame = pl.concat(
    [...inscriptions.values()].map((b) => b.toDataFrame()),
    { how: "vertical" },
  );
  return { inscriptions: frame, ...simulateEstablishmentExtract(frame, { ...SMALL, uai: UAI }) };
}

function writeCsv(frame: pl.DataFrame): string {
  const file = join(mkdtempSync(join(tmpdir(), "oraccle-link-")), "extrait.csv");
  writeFileSync(file, frame.writeCSV().toString());
  return file;
}

/** The report the planted noise implies, computed from the generator's own counts only. */
function expectedFrom(truth: ReturnType<typeof generated>["truth"], rows: number) {
  return {
    etudiants: {
      extrait: truth.etudiants,
      sise: truth.etudiants,
      apparies: truth.etudiants - truth.ine_mal_saisis,
      extrait_seul: truth.ine_mal_saisis,
      sise_seul: truth.ine_mal_saisis,
    },
    annees: {
      extrait_seul: 0,
      sise_seul: truth.annees_supprimees,
      conflits_diplome: truth.diplomes_modifies,
    },
    doublons: { lignes: truth.lignes_dupliquees, ine_plusieurs_numeros: 0, numero_plusieurs_ine: 0 },
    lignes: { lues: rows, rejetees: 0 },
  };
}

describe("linkEstablishmentData(extract, inscriptions, options)", () => {
  it("recovers exactly the planted truth of the generated extract: match rate, missing years, conflicts, duplicates", () => {
    const { inscriptions, extract, truth } = generated();
    expect(truth.ine_mal_saisis).toBeGreaterThan(0);
    expect(truth.annees_supprimees).toBeGreaterThan(0);
    expect(truth.diplomes_modifies).toBeGreaterThan(0);
    expect(truth.lignes_dupliquees).toBeGreaterThan(0);
    const read = readEstablishmentExtract(writeCsv(extract));
    const key = syntheticPseudonymisationKey(SMALL.seed);
    const { report, enrolments, unattached } = linkEstablishmentData(read, inscriptions, { key, uai: UAI });
    expect(report).toMatchObject(expectedFrom(truth, extract.height));
    expect(report.etudiants.taux_appariement).toBe(
      Math.round((1000 * (truth.etudiants - truth.ine_mal_saisis)) / truth.etudiants) / 10,
    );
    // Every row accounted for; every unattached row says why.
    expect(report.lignes.rattachees + report.lignes.non_rattachees).toBe(extract.height);
    expect(unattached.height).toBe(report.lignes.non_rattachees);
    // The SISE side: every enrolment of the university in the years, linked or with the reason why not.
    const reasons = enrolments.groupBy("liaison").len().sort("liaison").toRecords();
    expect(reasons.map((r) => r.liaison)).toEqual([
      "annee_absente_extrait",
      "appariee",
      "conflit_diplome",
      "etudiant_absent_extrait",
    ]);
    expect(report.annees.apparies + report.annees.sise_seul).toBe(
      truth.annees_etudiant - yearsOfTypos(enrolments),
    );
  }, 300_000);

  it("is deterministic: same inputs, same extract bytes and same report", () => {
    const a = generated();
    const b = generated();
    expect(a.extract.writeCSV().toString()).toBe(b.extract.writeCSV().toString());
    expect(a.correspondence.writeCSV().toString()).toBe(b.correspondence.writeCSV().toString());
    const key = syntheticPseudonymisationKey(SMALL.seed);
    const link = (g: typeof a) =>
      JSON.stringify(
        linkEstablishmentData(readEstablishmentExtract(writeCsv(g.extract)), g.inscriptions, {
          key,
          uai: UAI,
        }).report,
      );
    expect(link(a)).toBe(link(b));
  }, 300_000);

  it("never runs without a strong key: a weak key stops it with exit code 5, another key matches nobody", () => {
    const { inscriptions, extract } = generated();
    const read = readEstablishmentExtract(writeCsv(extract));
    try {
      linkEstablishmentData(read, inscriptions, { key: Buffer.from("secret"), uai: UAI });
      expect.unreachable("a weak key must be refused");
    } catch (error) {
      expect((error as { exitCode: number }).exitCode).toBe(5);
    }
    const other = linkEstablishmentData(read, inscriptions, { key: randomBytes(32), uai: UAI }).report;
    expect(other.etudiants.apparies).toBe(0);
  }, 300_000);
});

describe("the embedded establishment extract (data/etablissement)", () => {
  it("linked to data/sise with the synthetic key, gives the noise written in bruit-plante.json", () => {
    const truth = JSON.parse(readFileSync("data/etablissement/bruit-plante.json", "utf8"));
    const read = readEstablishmentExtract("data/etablissement/extrait-0911975C.csv", {
      correspondence: "data/etablissement/correspondance-etapes.csv",
    });
    const key = Buffer.from(readFileSync("data/etablissement/cle-synthetique.txt", "utf8").trim(), "hex");
    const sise = readSise("data/sise", {
      columns: ["id_etu", "rentree", "etabli", "diplom", "niveau", "inspr"],
    });
    const { report } = linkEstablishmentData(read, sise.inscriptions, { key, uai: truth.etablissement });
    expect(report).toMatchObject(expectedFrom(truth, read.report.totals.rowsRead));
  }, 300_000);
});

/** Student-years of the students whose INE was mistyped (they are on the SISE side only). */
function yearsOfTypos(enrolments: pl.DataFrame): number {
  return enrolments
    .filter(pl.col("liaison").eq(pl.lit("etudiant_absent_extrait")))
    .select("id_etu", "rentree")
    .unique().height;
}
