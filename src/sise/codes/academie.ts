/**
 * Académies (`acabac`, académie of the bac), from the BCN table N_ACADEMIE_ET_ASSIMILE (copy
 * from datactivist/oraccle_dataviz `data/Referentiels/`): every académie plus `00` abroad; the
 * table's aggregates (France entière, UE, DOM…) are left out. Île-de-France: 01, 24, 25.
 *
 * @example
 * ACADEMIE["24"]; // "Créteil"
 */
export const ACADEMIE = {
  "00": "Étranger",
  "01": "Paris",
  "02": "Aix-Marseille",
  "03": "Besançon",
  "04": "Bordeaux",
  "05": "Caen",
  "06": "Clermont-Ferrand",
  "07": "Dijon",
  "08": "Grenoble",
  "09": "Lille",
  "10": "Lyon",
  "11": "Montpellier",
  "12": "Nancy-Metz",
  "13": "Poitiers",
  "14": "Rennes",
  "15": "Strasbourg",
  "16": "Toulouse",
  "17": "Nantes",
  "18": "Orléans-Tours",
  "19": "Reims",
  "20": "Amiens",
  "21": "Rouen",
  "22": "Limoges",
  "23": "Nice",
  "24": "Créteil",
  "25": "Versailles",
  "26": "Antilles-Guyane",
  "27": "Corse",
  "28": "La Réunion",
  "31": "Martinique",
  "32": "Guadeloupe",
  "33": "Guyane",
  "40": "Nouvelle-Calédonie",
  "41": "Polynésie française",
  "42": "Wallis-et-Futuna",
  "43": "Mayotte",
  "44": "Saint-Pierre-et-Miquelon",
  "70": "Normandie",
} as const;

/** A known académie code. */
export type Academie = keyof typeof ACADEMIE;

/** The three académies of Île-de-France: Paris, Créteil, Versailles. */
export const ACADEMIES_IDF = ["01", "24", "25"] as const satisfies readonly Academie[];

/** `acabac` of a bac obtained abroad. */
export const ACADEMIE_ETRANGER = "00";
