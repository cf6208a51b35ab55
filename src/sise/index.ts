// SISE data model (code lists, schema, derived variables), the validating reader and the calibrated synthetic generator.

export { BPBAC_COLUMNS } from "./bpbac/bpbac-columns.js";
export { listBpbacFiles } from "./bpbac/bpbac-files.js";
export type { StatutBpbac } from "./bpbac/codes/statut-bpbac.js";
export { STATUT_BPBAC, STATUT_TO_REGIME } from "./bpbac/codes/statut-bpbac.js";
export type { TypeClasse, TypeClasseInfo } from "./bpbac/codes/type-classe.js";
export { TYPE_CLASSE } from "./bpbac/codes/type-classe.js";
export type { BpbacExtract, BpbacReport, ReadBpbacOptions } from "./bpbac/read-bpbac.js";
export { readBpbac } from "./bpbac/read-bpbac.js";
export type { CodeListName } from "./code-lists.js";
export { codeLabel, SISE_CODE_LISTS } from "./code-lists.js";
export type { Academie } from "./codes/academie.js";
export { ACADEMIE, ACADEMIE_ETRANGER, ACADEMIES_IDF } from "./codes/academie.js";
export type { AgeBac } from "./codes/age-bac.js";
export { AGE_BAC, AGE_BAC_ON_TIME } from "./codes/age-bac.js";
export type { Amena } from "./codes/amena.js";
export { AMENA } from "./codes/amena.js";
export type { BacRgrp, BacSpe } from "./codes/bac-rgrp.js";
export { BAC_RGRP, BAC_SPE } from "./codes/bac-rgrp.js";
export type { CursusLmd } from "./codes/cursus-lmd.js";
export { CURSUS_LMD } from "./codes/cursus-lmd.js";
export type { Discipli, DiscipliInfo } from "./codes/discipli.js";
export { DISCIPLI } from "./codes/discipli.js";
export type { GdDiscipline } from "./codes/gd-discipline.js";
export { GD_DISCIPLINE } from "./codes/gd-discipline.js";
export type { Groupe } from "./codes/groupe.js";
export { GROUPE } from "./codes/groupe.js";
export { IDF_DEPARTEMENT_TO_ACADEMIE } from "./codes/idf-departement-academie.js";
export type { IdfUniversity } from "./codes/idf-universities.js";
export { IDF_UNIVERSITIES, NATIONAL_UNIVERSITIES_2022 } from "./codes/idf-universities.js";
export type { Inspr } from "./codes/inspr.js";
export { INSPR } from "./codes/inspr.js";
export type { MentionBac } from "./codes/mention-bac.js";
export { MENTION_BAC } from "./codes/mention-bac.js";
export { NATION_FRANCE } from "./codes/nation.js";
export type { Niveau } from "./codes/niveau.js";
export { NIVEAU } from "./codes/niveau.js";
export type { OrigineSociale } from "./codes/origine-sociale.js";
export { ORIGINE_SOCIALE, PCSPAR_TO_ORIGINE_SOCIALE } from "./codes/origine-sociale.js";
export type { ParType } from "./codes/par-type.js";
export { PAR_TYPE, PAR_TYPE_LAS } from "./codes/par-type.js";
export type { Pcspar } from "./codes/pcspar.js";
export { PCSPAR } from "./codes/pcspar.js";
export type { Regime } from "./codes/regime.js";
export { REGIME } from "./codes/regime.js";
export type { Resultat } from "./codes/resultat.js";
export { RESULTAT } from "./codes/resultat.js";
export type { Sectdis, SectdisInfo } from "./codes/sectdis.js";
export { SECTDIS } from "./codes/sectdis.js";
export type { SerieBacGroup } from "./codes/serie-bac-group.js";
export { BAC_RGRP_TO_SERIE_GROUP, SERIE_BAC_GROUP } from "./codes/serie-bac-group.js";
export type { Sexe } from "./codes/sexe.js";
export { SEXE } from "./codes/sexe.js";
export type { TypDipl, TypDiplInfo } from "./codes/typ-dipl.js";
export { TYP_DIPL } from "./codes/typ-dipl.js";
export { ageBacExpr } from "./derived/age-bac-expr.js";
export {
  gdDisciplineFromDiscipliExpr,
  groupeFromDiscipliExpr,
  IUT_TYP_DIPL,
} from "./derived/groupe-expr.js";
export { origineSocialeExpr } from "./derived/origine-sociale-expr.js";
export { serieBacGroupExpr } from "./derived/serie-bac-group-expr.js";
export { formatValidationReport } from "./format-validation-report.js";
export type { GenerateSiseOptions, GenerateSiseSummary } from "./generator/generate-sise.js";
export { generateSise } from "./generator/generate-sise.js";
export type { CheckedSource, SiseFile, SiseSource, SourceFile } from "./list-sise-files.js";
export { listSiseFiles } from "./list-sise-files.js";
export type { ReadSiseOptions, SiseExtract } from "./read-sise.js";
export { readSise, readSiseAsync, validateSise } from "./read-sise.js";
export type { SiseColumnSpec, SiseDtype } from "./schema.js";
export { INSCRIPTION_COLUMNS, polarsDtype, RESULTAT_COLUMNS } from "./schema.js";
export { isValidUai, uaiCheckLetter } from "./uai.js";
export type {
  FileValidation,
  RowAccounting,
  UnknownCodeCount,
  ValidationIssue,
  ValidationNotice,
  ValidationReport,
} from "./validation-report.js";
export { neutraliseFormulaExpr, writeRejectsCsv } from "./write-rejects-csv.js";
