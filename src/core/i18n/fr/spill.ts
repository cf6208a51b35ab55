/** Messages of the spill folder (the extract written to disk by partition of students). */
export const spillFr = {
  cannotCreate: (parent: string, reason: string) =>
    `impossible de créer le dossier de débordement dans « ${parent} » (${reason}) ; choisissez un dossier accessible en écriture, avec assez d'espace libre (paramètre spillDir, option --spill-dir).`,
  cannotWrite: (path: string, reason: string) =>
    `impossible d'écrire la partition « ${path} » (${reason}) : disque plein ou dossier non accessible en écriture ; libérez de l'espace ou choisissez un autre dossier (paramètre spillDir, option --spill-dir).`,
  cannotRead: (path: string, reason: string) =>
    `impossible de relire la partition « ${path} » (${reason}) : le dossier de débordement a été modifié pendant le calcul.`,
};
