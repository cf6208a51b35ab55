/** One destination with its bounds, as {@link avecBornes} returns it. */
export interface DestinationBornee {
  destination: string;
  etudiants_publies: number;
  cohortes_masquees: number;
  etudiants_min: number;
  etudiants_max: number;
  /** Lowest share (%) compatible with the masked cohorts: this destination at 1 per masked cohort, the others at 4. */
  part_min: number;
  /** Highest share (%): this destination at 4 per masked cohort, the others at 1. */
  part_max: number;
}

/**
 * Bounds of counts and shares when every masked cohort holds 1 to 4 students (k = 5): for m
 * masked cohorts, between 1·m and 4·m students; shares rounded to 0.1 point, sorted by the
 * largest possible count.
 *
 * @example
 * avecBornes([{ destination: "L2", publies: 40, masquees: 3 }, { destination: "L1", publies: 10, masquees: 0 }]);
 * // L2 : 43 à 52 étudiants, 81,1 % à 83,9 %
 */
export function avecBornes(
  destinations: readonly { destination: string; publies: number; masquees: number }[],
): DestinationBornee[] {
  const publies = destinations.reduce((s, d) => s + d.publies, 0);
  const masquees = destinations.reduce((s, d) => s + d.masquees, 0);
  return destinations
    .map((d) => {
      const bas = d.publies + d.masquees;
      const haut = d.publies + 4 * d.masquees;
      const autresPublies = publies - d.publies;
      const autresMasquees = masquees - d.masquees;
      return {
        destination: d.destination,
        etudiants_publies: d.publies,
        cohortes_masquees: d.masquees,
        etudiants_min: bas,
        etudiants_max: haut,
        part_min: Math.round((1000 * bas) / (bas + autresPublies + 4 * autresMasquees)) / 10,
        part_max: Math.round((1000 * haut) / (haut + autresPublies + autresMasquees)) / 10,
      };
    })
    .sort((a, b) => b.etudiants_max - a.etudiants_max);
}
