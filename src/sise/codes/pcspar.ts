/**
 * Parent's socio-professional category (`pcspar`, `pcspar2`) as 2-digit PCS codes (nomenclature
 * N_PCS: INSEE's PCS at the 2-digit level, with the MEN/MESR retired, unemployed and inactive
 * codes). `99` = not given. Labels are the INSEE ones, shortened.
 *
 * @example
 * PCSPAR["34"]; // "Professeurs, professions scientifiques"
 */
export const PCSPAR = {
  "10": "Agriculteurs exploitants",
  "21": "Artisans",
  "22": "Commerçants et assimilés",
  "23": "Chefs d'entreprise de 10 salariés ou plus",
  "31": "Professions libérales",
  "33": "Cadres de la fonction publique",
  "34": "Professeurs, professions scientifiques",
  "35": "Professions de l'information, des arts et des spectacles",
  "37": "Cadres administratifs et commerciaux d'entreprise",
  "38": "Ingénieurs et cadres techniques d'entreprise",
  "42": "Professeurs des écoles, instituteurs et assimilés",
  "43": "Professions intermédiaires de la santé et du travail social",
  "44": "Clergé, religieux",
  "45": "Professions intermédiaires administratives de la fonction publique",
  "46": "Professions intermédiaires administratives et commerciales des entreprises",
  "47": "Techniciens",
  "48": "Contremaîtres, agents de maîtrise",
  "52": "Employés civils et agents de service de la fonction publique",
  "53": "Policiers et militaires",
  "54": "Employés administratifs d'entreprise",
  "55": "Employés de commerce",
  "56": "Personnels des services directs aux particuliers",
  "61": "Ouvriers qualifiés",
  "66": "Ouvriers non qualifiés",
  "69": "Ouvriers agricoles",
  "71": "Retraités agriculteurs exploitants",
  "72": "Retraités artisans, commerçants, chefs d'entreprise",
  "73": "Retraités cadres et professions intermédiaires",
  "74": "Anciens cadres",
  "75": "Anciennes professions intermédiaires",
  "76": "Retraités employés et ouvriers",
  "77": "Anciens employés",
  "78": "Anciens ouvriers",
  "81": "Chômeurs n'ayant jamais travaillé",
  "82": "Inactifs divers (autres que retraités)",
  "83": "Militaires du contingent",
  "84": "Élèves, étudiants",
  "85": "Personnes diverses sans activité professionnelle de moins de 60 ans",
  "86": "Personnes diverses sans activité professionnelle de 60 ans et plus",
  "99": "Non renseigné",
} as const;

/** A known `pcspar` code. */
export type Pcspar = keyof typeof PCSPAR;
