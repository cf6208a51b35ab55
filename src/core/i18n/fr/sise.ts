import { parameter } from "../format.js";

const list = (items: readonly string[]) => items.join(", ");
const s = (count: number) => (count > 1 ? "s" : "");

/** SISE and BPBAC extracts: the checks' messages and hints, reading errors, notices, the validation report. */
export const siseFr = {
  /** One message and one hint per row check (the rule's `code` stays the English identifier). */
  checks: {
    age: (min: number, max: number) => `âge à la rentrée (rentree − annais) hors de ${min}–${max}`,
    ageHint: "corrigez l'année de naissance (ou la rentrée) ou retirez la ligne",
    bacYear: "année du bac avant 10 ans ou après la rentrée",
    bacYearHint: "vérifiez anbac et annais pour cet étudiant ; l'âge au bac sera inconnu",
    duplicate: (what: "enrolment" | "result", key: readonly string[]) =>
      `${what === "enrolment" ? "inscription" : "résultat"} en double : mêmes ${list(key)} qu'une autre ligne`,
    duplicateHint:
      "gardez une seule des copies dans l'extrait source (d'ici là, les lignes sont gardées et comptées deux fois)",
    fieldCount: (fields: number) => `la ligne n'a pas les ${fields} champs de l'en-tête`,
    fieldCountHint:
      "cherchez dans cette ligne un séparateur manquant ou en trop, ou une ',' ou un ';' non protégé par des guillemets dans une valeur",
    formulaLike: "la valeur ressemble à une formule de tableur",
    formulaLikeHint:
      "vérifiez sa provenance ; elle est gardée comme texte et neutralisée (préfixée de ') dans les CSV exportés",
    idCase: "cet identifiant étudiant ne diffère d'un autre que par la casse",
    idCaseHint:
      "vérifiez la pseudonymisation : les identifiants distinguent majuscules et minuscules, ils comptent donc pour des étudiants différents",
    integer: (name: string, label: string) => `pas un nombre entier (${name} : ${label})`,
    integerHint: "écrivez la valeur en chiffres seulement (par exemple 2022), ou retirez la ligne",
    knownCode: (name: string, label: string, codes: string) =>
      `code inconnu pour ${name} (${label}) : absent de la liste de codes ${codes}`,
    knownCodeStrictHint: (codes: string) =>
      `utilisez un code de SISE_CODE_LISTS.${codes}, ou retirez ${parameter("strictCodes")} pour garder ces lignes`,
    knownCodeHint: (codes: string) =>
      `vérifiez le code dans SISE_CODE_LISTS.${codes} ; les lignes sont gardées (${parameter("strictCodes")} les rejette)`,
    missingValue: (name: string, label: string) =>
      `valeur manquante dans la colonne obligatoire ${name} (${label})`,
    missingValueHint: "renseignez la valeur ou retirez la ligne",
    range: (name: string, label: string, min: number, max: number, sentinels: readonly number[]) =>
      `${name} (${label}) hors de l'intervalle plausible ${min}–${max}${sentinels.length > 0 ? `, ou ${sentinels.join(", ")} si inconnu` : ""}`,
    rangeHint: "corrigez la valeur (une faute de frappe dans l'année ?) ou retirez la ligne",
    rentreeFile: "rentree diffère de l'année du nom du fichier",
    rentreeFileHint: "vérifiez que le fichier ne contient qu'une rentrée et porte son année",
    resultEnrolment: "résultat sans inscription de mêmes id_etu, rentree et etabli",
    resultEnrolmentHint:
      "vérifiez que le fichier d'inscriptions de cette rentrée est dans le dossier et contient cet étudiant",
    session: "session ne vaut pas rentree + 1",
    sessionHint: "vérifiez la rentrée de l'inscription à laquelle appartient ce résultat",
    severalPrincipal: "plusieurs inscriptions principales (inspr = O) pour un étudiant une même rentrée",
    severalPrincipalHint:
      "marquez inspr = N les inscriptions secondaires dans la source ; l'outil garde le diplôme le plus élevé",
    stableAttribute: (column: string) => `${column} diffère entre les inscriptions d'un même étudiant`,
    stableAttributeHint:
      "vérifiez la source des lignes de cet étudiant ; les indicateurs prennent la valeur de chaque inscription telle quelle",
    studentId: "l'identifiant étudiant contient des espaces ou des caractères de contrôle",
    studentIdHint:
      "exportez les identifiants sans remplissage ; si les espaces ont un sens, pseudonymisez de nouveau les identifiants",
    uai: (column: string) => `UAI non valide dans ${column} (7 chiffres et une lettre de contrôle)`,
    uaiHint:
      "vérifiez le code dans le répertoire des UAI (la lettre se calcule à partir des chiffres) ; corrigez-le ou retirez la ligne",
    valueLength: (max: number) => `valeur de plus de ${max} caractères`,
    valueLengthHint:
      "la ligne est sans doute corrompue (saut de ligne manquant, texte collé) ; corrigez-la ou retirez-la",
    classType: (codes: readonly string[]) => `type de classe inconnu (attendu : ${list(codes)})`,
    classTypeHint:
      "recodez le type de classe en l'un des TYPE_CLASSE, ou ajoutez le type à la liste de l'outil avec son niveau et sa durée",
  },
  /** Errors while reading files and folders. */
  read: {
    missingRequired: (missing: readonly string[]) =>
      `colonne${s(missing.length)} obligatoire${s(missing.length)} manquante${s(missing.length)} : ${list(missing)}`,
    missingRequiredHint: (count: number, header: readonly string[]) =>
      `ajoutez-${count > 1 ? "les" : "la"} au fichier (la casse des noms est libre ; l'en-tête contient : ${list(header)})`,
    cannotRead: (code: string) => `lecture du fichier impossible (${code})`,
    cannotReadHint: "vérifiez que le fichier existe et qu'il est lisible",
    emptyFile: (bytes: number) => `le fichier est vide (${bytes} octets) : il n'a pas de ligne d'en-tête`,
    emptyFileHint: "exportez de nouveau le fichier avec sa ligne d'en-tête, ou retirez-le du dossier",
    cannotParseCsv: (detail: string) => `le fichier CSV ne peut pas être analysé : ${detail}`,
    cannotParseCsvHint: "vérifiez que c'est un fichier CSV texte avec ',' ou ';' entre les champs",
    unreliableRows: (parsed: number, found: number) =>
      `le fichier n'a pas pu être découpé en lignes de façon sûre (${parsed} lignes analysées, ${found} enregistrements trouvés)`,
    unreliableRowsHint: "vérifiez les guillemets et les sauts de ligne du fichier, ou exportez-le de nouveau",
    unnamedColumn: (index: number) => `la colonne ${index} de l'en-tête n'a pas de nom`,
    unnamedColumnHint: "nommez chaque colonne, ou retirez le séparateur en trop à la fin de l'en-tête",
    columnTwice: (first: number, second: number) =>
      `le nom de colonne apparaît deux fois dans l'en-tête (colonnes ${first} et ${second} ; noms comparés en minuscules)`,
    columnTwiceParquet: "deux colonnes portent ce nom (comparé en minuscules)",
    renameOneHint: "renommez ou retirez l'une des deux colonnes",
    cannotReadParquet: (detail: string) => `lecture du fichier Parquet impossible (${detail})`,
    cannotReadParquetHint:
      "le fichier est tronqué, corrompu ou n'est pas du Parquet : copiez-le ou exportez-le de nouveau",
    nestedParquet: "une colonne a un type illisible comme texte (liste ou structure imbriquée ?)",
    nestedParquetHint: "stockez les variables SISE en colonnes texte ou entières simples",
    unclosedQuote: "un champ entre guillemets ouvert sur cette ligne n'est jamais fermé",
    unclosedQuoteHint:
      'cherchez un \'"\' isolé dans cette ligne : doublez-le ("") dans une valeur entre guillemets, ou retirez-le',
    delimiterHint:
      "enregistrez le fichier avec ',' ou ';' entre les champs et les noms de colonnes sur la première ligne",
    otherDelimiter: (tabs: boolean) =>
      `l'en-tête est séparé par des ${tabs ? "tabulations" : "'|'"} ; seuls ',' et ';' sont acceptés`,
    noDelimiter: "séparateur introuvable : la ligne d'en-tête ne contient ni ',' ni ';'",
    ambiguousDelimiter: "séparateur ambigu : l'en-tête contient à la fois ',' et ';'",
    duplicateFiles: (problem: string, first: string, second: string) =>
      `${problem} (« ${first} » et « ${second} »)`,
    keepOneHint: "ne gardez que l'un des deux dans le dossier",
    notAFolder: "ce n'est pas un dossier",
    cannotOpenFolder: (code: string) => `ouverture du dossier impossible (${code})`,
    cannotWriteRejects: (path: string, code: string) =>
      `écriture du fichier des rejets « ${path} » impossible (${code}) ; choisissez un emplacement accessible en écriture`,
    /** The folders of yearly files. */
    siseFolder: {
      duplicate: "deux fichiers contiennent la même source et la même année",
      none: "aucun fichier SISE trouvé (noms attendus : inscri22.csv, inscri22.parquet, result22.csv…)",
      folderHint: `donnez à ${parameter("input")} le dossier qui contient les fichiers inscriAA/resultAA`,
      openHint: `vérifiez le chemin donné à ${parameter("input")}`,
      noneHint: `mettez les fichiers annuels inscriAA/resultAA dans ce dossier, ou donnez à ${parameter("input")} le bon dossier`,
    },
    bpbacFolder: {
      duplicate: "deux fichiers contiennent la même rentrée",
      none: "aucun fichier BPBAC trouvé (noms attendus : bpbac22.csv ou bpbac22.parquet)",
      folderHint: "donnez le dossier qui contient les fichiers bpbacAA",
      openHint: "vérifiez le chemin du dossier BPBAC",
      noneHint: "mettez les fichiers annuels bpbacAA dans ce dossier, ou indiquez le bon dossier",
    },
  },
  /** What the user should know about how the files were read. */
  notices: {
    encodingFallback: (byte: string, line: number) =>
      `UTF-8 non valide (premier octet invalide ${byte} ligne ${line}) : lu en Windows-1252 (Latin-1) ; ${parameter("encoding", "latin1")} ou ${parameter("encoding", "utf8")} pour choisir explicitement`,
    bom: "marque d'ordre des octets UTF-8 trouvée et ignorée",
    emptyLines: (count: number) =>
      `${count} ligne${s(count)} vide${s(count)} ignorée${s(count)} (sans données)`,
    noRows: "le fichier a un en-tête mais aucune ligne",
    missingOptional: (columns: readonly string[]) =>
      `colonnes facultatives absentes, remplies de valeurs manquantes : ${list(columns)}`,
    notSiseFiles: (names: readonly string[]) => `fichiers non SISE, ignorés : ${list(names)}`,
    notBpbacFiles: (names: readonly string[]) => `fichiers non BPBAC, ignorés : ${list(names)}`,
    typeChanges: (column: string, types: readonly string[]) =>
      `la colonne « ${column} » est stockée avec des types différents selon les années (${list(types)}) ; les valeurs ont été contrôlées comme texte puis converties au type du modèle de données`,
    sessionDerived: "session manquait dans certains fichiers de résultats : mise à rentree + 1",
    decimalColumn: (column: string, decimalComma: boolean) =>
      `colonne supplémentaire « ${column} » lue comme nombres décimaux${decimalComma ? " (virgule décimale)" : ""}`,
  },
  /** Steps announced while reading. */
  progress: {
    readingFile: (name: string, index: number, count: number) =>
      `lecture et contrôle de ${name} (${index} sur ${count})`,
    crossChecks:
      "contrôles entre fichiers (doublons, attributs stables, inscriptions principales, casse des identifiants)",
    resultChecks: "contrôles entre fichiers (résultats sans inscription)",
  },
  /** The validation report as text (`formatValidationReport`). */
  report: {
    title: (input: string) => `Extrait SISE : ${input}`,
    files: (count: number) => `Fichiers (${count}) :`,
    csv: (delimiter: string, encoding: string, bom: boolean) =>
      `csv '${delimiter}' ${encoding}${bom ? " avec BOM" : ""}`,
    inscriptions: "Inscriptions :",
    resultats: "Résultats :   ",
    total: "Total :       ",
    accounting: (read: number, accepted: number, rejected: number) =>
      `lues ${read} = acceptées ${accepted} + rejetées ${rejected}`,
    errors: "Erreurs (lignes rejetées) :",
    warnings: "Avertissements (lignes gardées) :",
    rows: (count: number) => `${count} ligne${s(count)}`,
    more: (count: number) => `… et ${count} de plus`,
    unknownCodes: "Codes inconnus (valeur : lignes) :",
    unknownCode: (column: string, code: string, count: number, files: readonly string[], expected: string) =>
      `${column} « ${code} » : ${count} (${list(files)}) ; attendu l'un de : ${expected}`,
    notices: "Remarques :",
    ok: (warningKinds: number) =>
      `OK : toutes les lignes sont acceptées${warningKinds > 0 ? ` (${warningKinds} sorte${s(warningKinds)} d'avertissement à examiner)` : ""}.`,
    failed: (rejected: number, rejectsFile: string | undefined) =>
      `ÉCHEC : ${rejected} ligne${s(rejected)} rejetée${s(rejected)} ; corrigez-les dans l'extrait source (${
        rejectsFile !== undefined
          ? `chacune est listée dans ${rejectsFile}`
          : `relancez avec ${parameter("rejectsFile")} pour les lister toutes`
      }).`,
  },
  /** The synthetic-extract generator. */
  generator: {
    seed: (seed: unknown) => `${parameter("seed")} doit être un entier, pas ${String(seed)}`,
    entrants: (entrants: unknown) =>
      `${parameter("entrants")} doit être un entier positif, pas ${String(entrants)}`,
    rentrees: (first: number, last: number) =>
      `les rentrées doivent vérifier 2000 ≤ première ≤ dernière ≤ 2030, pas ${first}-${last}`,
    cannotCreateOut: (out: string, reason: string) =>
      `création du dossier de sortie « ${out} » impossible : ${reason}`,
    outHoldsSise: (out: string, names: readonly string[]) =>
      `le dossier de sortie « ${out} » contient déjà des fichiers SISE (${list(names)}…) ; choisissez un dossier vide ou passez ${parameter("overwrite", true)}`,
    noInscriptions: (dir: string) =>
      `aucun fichier inscriAA.parquet dans « ${dir} » : générez d'abord l'extrait SISE`,
  },
};
