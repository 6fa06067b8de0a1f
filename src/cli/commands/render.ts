import { renderManifest } from "../../core/render/render-manifest";
import { stringifyManifests } from "../../yaml";
import { EXIT, type Command } from "../command";
import { INPUT_OPTIONS_HELP, prepare } from "../prepare";

export const command: Command = {
  name: "render",
  summary: "Print the normalised manifests as YAML, for kubectl or GitOps",
  usage: `Usage: hikube-vm render [options] FILES...

Prints the manifests as the platform should receive them: every default explicit, seed
shorthands expanded (disks as objects, running as runStrategy), quantities canonical, one YAML
document per resource. Nothing is printed when a file has an error (exit 1).

Options:
${INPUT_OPTIONS_HELP}

Example:
  hikube-vm render --namespace tenant-prod vms/ | kubectl apply -f -`,
  async run(argv, io) {
    const prepared = prepare(argv, io, {});
    if (typeof prepared === "number") return prepared;
    const manifests = prepared.result.resources.map((r) => renderManifest(r.definition));
    if (manifests.length > 0) io.stdout.write(stringifyManifests(manifests));
    return EXIT.ok;
  },
};
