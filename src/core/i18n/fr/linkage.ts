const list = (items: readonly string[]) => items.join(", ");

/** Establishment extract, keyed INE hash and record linkage with SISE (src/linkage/). */
export const linkageFr = {
  checks: {
    ineMalformed: "INE mal formé : 11 caractères alphanumériques attendus",
    ineHint:
      "corrigez l'INE dans le système d'information ; un INE mal formé ne peut pas être apparié à SISE",
    badDate: "date illisible : AAAA-MM-JJ ou JJ/MM/AAAA attendu",
    badDateHint: "corrigez la date ou videz la cellule",
    unknownResult: "code de résultat inconnu (liste RESULTAT_ETAPE : ADM, ADJ, CMP, AJ, AJAC, DEF, ABI)",
    unknownResultHint: "la ligne est gardée ; vérifiez le code dans l'extrait",
    noDiploma:
      "aucun diplôme SISE pour cette étape : la ligne n'a pas de code diplom et la table de correspondance ne donne pas l'étape",
    noDiplomaHint:
      "ajoutez l'étape à la table de correspondance (etape, diplom, niveau) ou le code diplom à la ligne",
    duplicateStep: "étape présente plusieurs fois dans la table de correspondance",
    duplicateStepHint:
      "gardez une seule ligne par étape : laquelle est la bonne, c'est au système d'information de le dire",
    numEtuSpaces: "le numéro d'étudiant contient des espaces ou des caractères de contrôle",
    numEtuHint: "exportez les numéros sans remplissage",
  },
  errors: {
    missingColumns: (columns: readonly string[]) =>
      `colonne${columns.length > 1 ? "s" : ""} obligatoire${columns.length > 1 ? "s" : ""} absente${columns.length > 1 ? "s" : ""} : ${list(columns)}`,
    missingColumnsHint: (header: readonly string[]) =>
      `ajoutez-la à l'en-tête (noms insensibles à la casse ; l'en-tête a : ${list(header)})`,
    badFormat: "format de fichier non reconnu : .csv ou .parquet attendu",
    badFormatHint: "exportez l'extrait en CSV (UTF-8 ou Windows-1252, séparateur , ou ;) ou en Parquet",
    idLength: (found: number, bits: number) =>
      `les identifiants SISE ont ${found} caractères hexadécimaux, le hachage de l'INE en donne ${bits / 4} : le paramètre bits doit valoir ${found * 4}`,
    noSiseAtUai: (uai: string, first: number, last: number) =>
      `aucune inscription SISE de l'établissement ${uai} entre les rentrées ${first} et ${last} : vérifiez le paramètre uai et l'extrait SISE`,
    emptyExtract:
      "l'extrait d'établissement n'a aucune ligne acceptée : rien à apparier (voir les lignes rejetées)",
  },
  report: {
    title: (uai: string, first: number, last: number) =>
      `Appariement de l'extrait de l'établissement ${uai} avec SISE (rentrées ${first} à ${last})`,
    students: "Étudiants",
    studentYears: "Années d'inscription (étudiant × année)",
    inExtract: "dans l'extrait",
    inSise: "dans SISE (cet établissement)",
    matched: "appariés",
    extractOnly: "de l'extrait sans identifiant SISE correspondant (INE mal saisi ?)",
    siseOnly: "de SISE absents de l'extrait",
    rate: (percent: string) =>
      `taux d'appariement : ${percent.replace(".", ",")} % des étudiants de l'extrait`,
    yearsMatched: "présentes des deux côtés",
    yearsExtractOnly: "de l'extrait absentes de SISE (non ajoutées)",
    yearsSiseOnly: "de SISE absentes de l'extrait (années manquantes)",
    diplomaConflicts: "années où le diplôme de l'extrait diffère de SISE (rien n'est rattaché)",
    duplicates: "Doublons",
    duplicateRows: "lignes en double (même numéro, année et étape)",
    ineSeveralNumbers: "INE portés par plusieurs numéros d'étudiant",
    numberSeveralInes: "numéros d'étudiant portant plusieurs INE",
    rows: (read: number, rejected: number, linked: number, unlinked: number) =>
      `Lignes : ${read} lues = ${rejected} rejetées + ${linked} rattachées à une inscription SISE + ${unlinked} non rattachées`,
    enriched: (enriched: number, total: number) =>
      `Inscriptions SISE de l'établissement enrichies (étape, résultats, abandon) : ${enriched} sur ${total}`,
    withdrawals: (count: number) => `dont abandons en cours d'année : ${count}`,
    examples: "Exemples",
  },
};
