import { messages } from "../core/i18n/messages.js";
import type { MatchReport } from "./match-report.js";

/**
 * The match report as text for people (French by default): students, years, conflicts,
 * duplicates, the row accounting and what the SISE enrolments received.
 *
 * @example
 * console.log(formatMatchReport(linkEstablishmentData(extract, inscriptions, options).report));
 */
export function formatMatchReport(report: MatchReport): string {
  const t = messages().linkage.report;
  const { etudiants: s, annees: y, doublons: d, lignes: l, enrichissement: e } = report;
  const line = (n: number, label: string) => `  ${String(n).padStart(8)}  ${label}`;
  return [
    t.title(report.etablissement, report.rentrees.premiere, report.rentrees.derniere),
    "",
    t.students,
    line(s.extrait, t.inExtract),
    line(s.sise, t.inSise),
    line(s.apparies, t.matched),
    line(s.extrait_seul, t.extractOnly),
    line(s.sise_seul, t.siseOnly),
    `  ${t.rate(s.taux_appariement.toFixed(1))}`,
    "",
    t.studentYears,
    line(y.apparies, t.yearsMatched),
    line(y.extrait_seul, t.yearsExtractOnly),
    line(y.sise_seul, t.yearsSiseOnly),
    line(y.conflits_diplome, t.diplomaConflicts),
    "",
    t.duplicates,
    line(d.lignes, t.duplicateRows),
    line(d.ine_plusieurs_numeros, t.ineSeveralNumbers),
    line(d.numero_plusieurs_ine, t.numberSeveralInes),
    "",
    t.rows(l.lues, l.rejetees, l.rattachees, l.non_rattachees),
    t.enriched(e.enrichies, e.inscriptions_sise),
    `  ${t.withdrawals(e.abandons_en_cours_d_annee)}`,
    "",
  ].join("\n");
}
