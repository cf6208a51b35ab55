import type { Command } from "./command.js";
import { checkCommand } from "./commands/check.js";
import { generateCommand } from "./commands/generate.js";
import { indicatorsCommand } from "./commands/indicators.js";
import { linkCommand } from "./commands/link.js";
import { pseudonymiseCommand } from "./commands/pseudonymise.js";
import { publishCommand } from "./commands/publish.js";
import { riskCommand } from "./commands/risk.js";
import { sequencesCommand } from "./commands/sequences.js";
import { serveCommand } from "./commands/serve.js";
import { trajectoriesCommand } from "./commands/trajectories.js";
import { validateCommand } from "./commands/validate.js";

/**
 * Every `oraccle` sub-command, in pipeline order (the order `oraccle --help` lists them). To add
 * one: a file in `commands/`, its texts in the message catalogue (`cli.commands`), one line here.
 */
export const commands: readonly Command[] = [
  generateCommand,
  validateCommand,
  trajectoriesCommand,
  indicatorsCommand,
  sequencesCommand,
  riskCommand,
  checkCommand,
  pseudonymiseCommand,
  linkCommand,
  publishCommand,
  serveCommand,
];
