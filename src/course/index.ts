// The course's helpers: short, French-named functions that keep the notebooks' cells short
// (learners are university staff, not developers). They wrap the toolkit; nothing else uses them.
export type { AfficherTableauOptions } from "./afficher-tableau.js";
export { afficherTableau } from "./afficher-tableau.js";
export { avecLibelle } from "./avec-libelle.js";
export type { ChargerExtraitOptions, Extrait, ExtraitValide } from "./charger-extrait.js";
export { chargerExtrait, validerExtrait } from "./charger-extrait.js";
export { compter } from "./compter.js";
export { dossierDonnees } from "./dossier-donnees.js";
export type { Fourchette } from "./fourchette.js";
export { fourchette, pourcent } from "./fourchette.js";
export { dossierJeuOuvert } from "./jeu-ouvert.js";
export type { PetitsMultiplesOptions } from "./petits-multiples.js";
export { petitsMultiples } from "./petits-multiples.js";
export { sixEtudiants } from "./six-etudiants.js";
export { tableDeLibelles } from "./table-de-libelles.js";
export type { StatutVerification, VerifierOptions } from "./verifier.js";
export { VERIFICATION_MIME, verification, verifier } from "./verifier.js";
export { versionsDuCours } from "./versions-du-cours.js";
