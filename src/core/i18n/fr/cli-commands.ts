/**
 * Help of each `oraccle` command: `summary` (one line in `oraccle --help`), `description`,
 * `options` (by camelCase name; shared ones fall back on `cli.options`), `epilog` (after options).
 */
export const cliCommandsFr = {
  generate: {
    summary: "générer un extrait SISE synthétique calibré (inscriptions et résultats par rentrée)",
    description:
      "Génère un extrait SISE synthétique (universités de type Île-de-France, calibrées sur les indicateurs\n" +
      "de cohorte nationaux du MESR) : un fichier inscriAA et un fichier resultAA par rentrée, avec les\n" +
      "colonnes de docs/data-model.md. La même graine et les mêmes options donnent des fichiers identiques à l'octet.",
    options: {
      seed: "graine entière de tous les tirages aléatoires (obligatoire)",
      entrants:
        "néo-bacheliers entrant à chaque rentrée ; les autres entrants sont proportionnels (obligatoire)",
      rentrees: "rentrées écrites, par exemple 2015-2024 (par défaut 2015-2024)",
      out: "dossier de sortie (créé si besoin ; ne doit pas déjà contenir de fichiers SISE)",
      format: "format des fichiers : parquet (par défaut) ou csv (séparateur virgule, UTF-8)",
      warmup: "cohortes simulées avant la première rentrée (par défaut 5)",
      force: "remplacer les fichiers SISE déjà présents dans le dossier",
    },
    epilog:
      "Exemples :\n" +
      "  oraccle generate --seed 20240901 --entrants 3000 --out data/sise\n" +
      "  oraccle generate --seed 7 --entrants 470000 --rentrees 2022-2022 --out /tmp/national --format csv",
  },
  validate: {
    summary: "lire et contrôler un dossier d'extrait SISE (CSV/Parquet) : rapport, lignes rejetées, comptes",
    description:
      "Lit et contrôle un dossier de fichiers SISE (inscriAA / resultAA, CSV ou Parquet) et affiche le rapport de validation.",
    options: {
      input: "dossier contenant inscri15.csv … result24.parquet (obligatoire)",
      report: "écrire aussi le rapport de validation en JSON dans ce fichier",
      rejects:
        "écrire chaque ligne rejetée (fichier, ligne, colonne, valeur, motif, message) en CSV dans ce fichier",
      strictCodes:
        "rejeter les lignes dont les codes sont hors des nomenclatures SISE (par défaut : les signaler seulement)",
      encoding:
        "encodage des CSV : auto (par défaut : UTF-8 avec ou sans BOM, sinon Windows-1252), utf8 ou latin1",
    },
    epilog:
      "Le rapport est affiché sur la sortie standard. Codes de sortie : 0 toutes les lignes acceptées ;\n" +
      "1 des lignes ont été rejetées ; 2 mauvais usage ; 3 un fichier est illisible (fichier, ligne, colonne\n" +
      "et valeur nommés) ; 4 un fichier de sortie ne peut être écrit.",
  },
  trajectories: {
    summary: "parcours d'études : inscriptions principales, transitions (devenir MESR), flux, traces Oraccle",
    description:
      "Reconstruit les parcours : inscriptions principales, états annuels, transitions, flux et traces.",
    options: {
      out: "dossier où écrire les fichiers CSV (créé s'il manque ; nos fichiers y sont remplacés)",
      granularity:
        "détail des états : niveau (par défaut : L1, M2, BUT3…), groupe (+ groupe disciplinaire), etablissement (+ groupe et UAI)",
      excludeCpgeDoubles: "écarter le côté université des doubles inscriptions CPGE (curpar 02 / conv P)",
      excludeNursing: "écarter les inscriptions en diplôme d'infirmier (typ_dipl PJ)",
      sankey: "écrire aussi sankey.html (diagramme de Sankey plotly des flux, hors ligne)",
    },
    epilog:
      "Fichiers écrits (UTF-8, séparateur virgule, triés, identiques à l'octet pour une même entrée) :\n" +
      "  transitions.csv          une ligne par étudiant et par année : état, état suivant, transition, devenir (MESR)…\n" +
      "  flows.csv                from_rentree, to_rentree, from_state, to_state, n, pct\n" +
      "  traces.csv               une trace Oraccle par étudiant (années jointes par +, années blanches vides)\n" +
      "  cohortes.csv             cohorteid, trace, effectif, reussites\n" +
      "  cohorte_<attribut>.csv   cohorteid, <attribut>, effectif (sexe, bac_rgrp, anbac, premiereins…)\n\n" +
      "Rien n'est masqué : passez ces fichiers au contrôle du secret avant toute publication.",
  },
  indicators: {
    summary: "indicateurs de cohorte du MESR (passage, réussite, master, BUT) avec intervalles de Wilson",
    description:
      "Indicateurs de cohorte du MESR (passage en L2, réussite en licence…) avec intervalles de Wilson.",
    options: {
      cohort: "rentrée d'entrée de la cohorte (par exemple 2018)",
      out: "fichier CSV à écrire (noms de champs de l'open data du MESR)",
      kind: "licence (par défaut : néo-bacheliers en L1), master (premier M1) ou but (1re année de BUT)",
      by: "ventilations séparées par des virgules : etabli, gd_discipline, serie_bac (bac_rgrp), serie_bac_group, mention_bac, age_au_bac, sexe, origine_sociale",
      etabli: "restreindre la cohorte à un établissement (option répétable)",
      allEntrants: "garder tous les entrants en L1, pas seulement les néo-bacheliers primo-entrants",
      small: "signaler les groupes de moins de n étudiants (par défaut 30)",
      format: "wide (par défaut : une ligne par groupe) ou long (une ligne par groupe × indicateur)",
      va: "calculer aussi la valeur ajoutée de chaque établissement pour cet indicateur (référence : tous les établissements de l'extrait)",
      vaOut: "fichier CSV de la valeur ajoutée (obligatoire avec --va)",
      strata: "strates de la valeur ajoutée (par défaut gd_discipline,serie_bac,age_au_bac,sexe,mention_bac)",
    },
    epilog:
      "Les indicateurs que la cohorte n'a pas été suivie assez longtemps pour calculer sont écrits vides\n" +
      "(« non disponible »). Rien n'est masqué : passez le fichier au contrôle du secret avant de le publier.",
  },
  sequences: {
    summary: "statistiques de séquences d'états (définitions de TraMineR), en texte ou en JSON",
    description:
      "Statistiques de séquences d'états avec les définitions de TraMineR (seqstatd, seqtrate, seqtab, seqmeant, seqST, seqici…).",
    options: {
      input: "fichier CSV large : une ligne par individu, une colonne par position (',' ou ';')",
      columns: "colonnes des positions : PREMIÈRE:DERNIÈRE (incluses, ordre du fichier) ou a,b,c",
      id: "colonne des identifiants de séquence (par défaut : numéros de ligne)",
      weights: "colonne des poids (nombres ≥ 0) ; les statistiques sont alors pondérées",
      alphabet: "états ordonnés, séparés par des virgules (par défaut : les états trouvés, triés)",
      labels: "libellés des états, séparés par des virgules, dans l'ordre de --alphabet",
      left: "cases manquantes avant le premier état : NA (gardées, par défaut), DEL ou un état",
      gaps: "cases manquantes entre deux états : NA (par défaut), DEL ou un état",
      right:
        "cases manquantes après le dernier état : DEL (par défaut : séquence plus courte), NA ou un état",
      top: "nombre de séquences les plus fréquentes listées (par défaut 10)",
      json: "afficher toutes les statistiques en JSON (forme : docs/sequences-cli.md)",
      distance: "écrire aussi la matrice des distances : om, lcs, ham ou dhd (seqdist de TraMineR)",
      out: "fichier CSV de la matrice des distances (carrée, avec les identifiants)",
      sm: "coûts de substitution pour om/ham : constant ou trate (par défaut : trate pour om)",
      indel: "coût d'insertion-suppression pour om : un nombre ou auto (par défaut auto)",
      norm: "none (par défaut), auto, maxlength, gmean, maxdist ou YujianBo",
      withMissing: "traiter les cases manquantes comme un état dans les distances (par défaut : les refuser)",
      channels:
        "autres canaux (séquences multicanal) : fichiers CSV de même forme que --input (mêmes --id et --columns), séparés par des virgules ; --distance om|ham donne alors la distance multicanal (seqMD)",
      channelNames: "noms des canaux, --input compris (par défaut : les noms des fichiers)",
      channelWeights: "poids de chaque canal dans la somme des coûts (par défaut 1 chacun)",
      channelSm: "coûts de substitution de chaque canal : constant ou trate (par défaut : --sm, sinon trate)",
    },
    epilog: "Les cases vides, NA et * sont des valeurs manquantes.",
  },
  check: {
    summary:
      "appliquer une politique de secret (k-anonymat, suppression de cases + audit PL) à une diffusion",
    description:
      "Applique une politique de secret à un fichier candidat à la diffusion et dit s'il peut sortir de\n" +
      "l'environnement sécurisé. Code de sortie 0 s'il passe, 1 s'il est refusé. Le rapport nomme règles,\n" +
      "effectifs, lignes (du fichier) et coordonnées des cases, jamais les valeurs.",
    arguments: { kind: "microdata (une ligne par personne) ou table (une ligne par case, marges comprises)" },
    groups: {
      common: "Options communes :",
      microdata: "microdata (une ligne par personne) :",
      table: "table (une ligne par case, marges comprises ; les marges portent le code du total) :",
    },
    options: {
      input: "fichier CSV (séparateur virgule, en-tête en ligne 1)",
      policyFile: "une politique sur mesure (JSON, voir docs/disclosure-report.md) au lieu de --policy",
      report: "écrire le rapport JSON dans ce fichier",
      format: "ce qui est affiché : text (par défaut) ou json",
      keys: "variables clés (quasi-identifiants), obligatoire",
      sensitive: "attributs sensibles, pour la règle de l-diversité de la politique",
      weights: "poids de sondage, pour le risque individuel et global de sdcMicro",
      missing:
        "comment comptent les clés vides : wildcard ou category (par défaut : selon la politique, sinon wildcard)",
      dimensions: "variables de ventilation, obligatoire",
      value: "colonne de la valeur publiée (par défaut : la colonne des effectifs)",
      frequency: "nombre de contributeurs (par défaut : la colonne des valeurs)",
      top: "plus fortes contributions, de la plus grande à la plus petite (règles de dominance / p %)",
      total: "code des marges dans chaque dimension (par défaut Total)",
      hierarchy: 'JSON {"dimension": {"enfant": "parent", …}} pour les dimensions hiérarchiques',
      output: "écrire le tableau protégé (dimensions, status, rules, published) en CSV",
    },
    epilog:
      "Exemples :\n" +
      "  oraccle check microdata --input inscri22.csv --keys sexe,annais,etabli,diplom --policy oraccle-k5\n" +
      "  oraccle check table --input effectifs.csv --dimensions etabli,typ_dipl --value effectif --report rapport.json",
  },
  risk: {
    summary:
      "mesurer le risque de réidentification d'un fichier de microdonnées (vue measure_risk de sdcMicro, SUDA2)",
    description:
      "Mesure le risque d'un fichier CSV (une ligne par personne) sur ses variables clés : fréquences fk/Fk,\n" +
      "infractions au k-anonymat pour k = 2, 3 et 5, distribution du risque individuel, risque global (ER et taux),\n" +
      "SUDA2 (MSU, scores SUDA et DIS-SUDA, contributions des variables). Une mesure, pas un contrôle : code de sortie 0.",
    options: {
      input: "fichier CSV (séparateur virgule, en-tête en ligne 1)",
      keys: "variables clés (quasi-identifiants), obligatoire",
      weights: "poids de sondage (Fk et risque individuel de sdcMicro) ; sans poids, r = 1/fk",
      missing: "comment comptent les clés vides : wildcard (par défaut, sdcMicro) ou category",
      maxMsu:
        "taille maximale des MSU cherchés par SUDA2 (par défaut : toutes les variables ; 0 = sans SUDA2)",
      format: "ce qui est affiché : text (par défaut) ou json",
      records:
        "écrire une ligne par enregistrement (clés, fk, risque, SUDA, DIS-SUDA) en CSV dans ce fichier",
    },
    epilog:
      "Exemple :\n  oraccle risk --input etudiants.csv --keys sexe,annais,bac_rgrp,etabli --records risque.csv",
  },
  link: {
    summary:
      "apparier l'extrait d'un établissement (Apogée, Pégase) avec SISE par l'INE haché, avant anonymisation",
    description:
      "Lit et contrôle l'extrait d'un établissement (une ligne par étudiant, année et étape ; colonnes dans\n" +
      "docs/data-model.md), transforme chaque INE en identifiant SISE par le hachage à clé de la pseudonymisation,\n" +
      "apparie avec les inscriptions SISE de l'établissement et affiche le rapport d'appariement (appariés,\n" +
      "non appariés de chaque côté, conflits d'années ou de diplômes, doublons). À faire dans la bulle sécurisée.\n" +
      "Sans clé, ou avec une clé faible, la commande s'arrête avec le code 5 avant de rien lire.",
    options: {
      extract: "extrait de l'établissement (CSV ou Parquet)",
      sise: "dossier de l'extrait SISE (inscriAA / resultAA)",
      uai: "UAI de l'établissement dont vient l'extrait",
      correspondance: "table de correspondance étape → diplôme SISE (etape, diplom, niveau)",
      keyFile: "fichier contenant la clé de pseudonymisation de SISE",
      keyEnv: "variable d'environnement contenant la clé (par défaut ORACCLE_PSEUDONYMISATION_KEY)",
      bits: "longueur des identifiants SISE en bits (par défaut 64, soit 16 caractères hexadécimaux)",
      report: "écrire aussi le rapport d'appariement en JSON dans ce fichier",
      out: "écrire les inscriptions SISE de l'établissement enrichies (étape, résultats, abandon) en CSV",
      rejects: "écrire les lignes rejetées de l'extrait (fichier, ligne, colonne, valeur, motif) en CSV",
    },
    epilog:
      "Exemple sur les données synthétiques :\n" +
      "  oraccle link --extract data/etablissement/extrait-0911975C.csv --sise data/sise --uai 0911975C \\\n" +
      "    --key-file data/etablissement/cle-synthetique.txt\n" +
      "Codes de sortie : 0 toutes les lignes lues ; 1 des lignes rejetées ; 2 mauvais usage ; 3 fichier illisible ;\n" +
      "5 clé absente ou faible.",
  },
  pseudonymise: {
    summary:
      "remplacer les identifiants par des pseudonymes HMAC-SHA-256 à clé (pseudonymisation, pas anonymisation)",
    description:
      "Remplace les identifiants (INE, numéros d'étudiant) par des pseudonymes HMAC-SHA-256 sous une clé secrète.\n" +
      "C'est une PSEUDONYMISATION, PAS UNE ANONYMISATION : la sortie reste une donnée personnelle (RGPD,\n" +
      "considérant 26) ; seules les données qui passent « oraccle check » peuvent être ouvertes.\n\n" +
      "La clé (au moins 256 bits, par exemple « openssl rand -hex 32 ») est lue dans un fichier ou une variable\n" +
      "d'environnement, jamais sur la ligne de commande ; il n'y a pas de clé par défaut. Sans clé, ou avec une\n" +
      "clé faible, la commande s'arrête avec le code 5. Utilisez une nouvelle clé à chaque diffusion.",
    options: {
      input: "fichier CSV (séparateur virgule, en-tête en ligne 1)",
      output: "où écrire le CSV pseudonymisé (différent de --input)",
      columns: "colonnes contenant des identifiants (les cases vides restent vides)",
      keyFile: "fichier contenant la clé (hexadécimal, ou préfixe base64:)",
      keyEnv: "variable d'environnement contenant la clé (par défaut ORACCLE_PSEUDONYMISATION_KEY)",
      bits: "garder les n premiers bits de chaque pseudonyme, de 64 à 256 (par défaut 256)",
      context:
        "libellé de la diffusion mêlé à chaque pseudonyme (diffusions non reliables sous une même clé)",
    },
  },
  publish: {
    summary:
      "jeu open data depuis un extrait SISE : traces, flux, indicateurs, tous passés au contrôle du secret",
    description:
      "D'un extrait SISE à un jeu de données prêt pour data.gouv.fr, chaque sortie passant le contrôle du secret.",
    options: {
      out: "dossier de sortie, écrit de façon atomique (rien de partiel n'y est jamais laissé)",
      config: "réglages JSON : métadonnées (title, version, created…), cohortAttributes, indicatorBreakdown",
      overwrite: "remplacer un dossier de sortie qui contient déjà un jeu de données",
      partitionRows:
        "sans --partitions : une partition d'étudiants par n inscriptions (par défaut 2000000) ; plus petit prend moins de mémoire, la sortie est la même",
      partitions:
        "nombre de partitions d'étudiants : l'extrait validé est écrit sur disque en n fichiers Parquet, puis traité une partition à la fois (par défaut : d'après --partition-rows) ; la sortie est la même",
      spillDir:
        "dossier où créer le dossier de débordement de cette exécution (supprimé à la fin) ; par défaut le dossier parent de --out",
      noUtility: "ne pas mesurer l'utilité (utilite.json et sa section de la fiche et du rapport)",
    },
    epilog:
      "Écrit : cohortes.csv, formations.csv, cohorte_<attribut>.csv, flux.csv, devenir_l1.csv,\n" +
      "reussite_licence.csv, schemas/*.schema.json, datapackage.json, README.md (fiche),\n" +
      "disclosure-report.json, rapport.html, utilite.json.\n" +
      "Codes de sortie : 0 publié ; 1 le contrôle du secret ou la validation a refusé (rien n'est écrit) ;\n" +
      "2 mauvais usage ; 3 entrée illisible ; 4 problème de dossier de sortie.",
  },
  serve: {
    summary:
      "servir un jeu de données publié : API HTTP en lecture seule et pages de consultation en français",
    description:
      "Sert un jeu de données publié (oraccle publish) : une API JSON/CSV documentée (OpenAPI, /api/docs) et " +
      "des pages de consultation (recherche, formation, « comment y arriver ? », à propos). Refuse un dossier " +
      "dont le paquet de données ne se valide pas ou dont le rapport du contrôle du secret manque ou échoue.",
    options: {
      data: "dossier du jeu de données publié, par exemple out/open-data (obligatoire)",
      port: "port TCP (par défaut 8080)",
      host: "adresse d'écoute (par défaut 127.0.0.1 : cette machine seulement)",
    },
    epilog:
      "Exemple :\n" +
      "  oraccle serve --data out/open-data --port 8080\n" +
      "Codes de sortie : 1 jeu refusé (validation ou contrôle du secret) ; 2 mauvais usage ; 3 dossier absent.",
  },
};
