"use strict";
// Preloaded (`node -r bench/max-rss.js ...`) into the processes the bench times from outside
// (the CLI, the parse floor, bare node): prints the process's peak RSS on stderr as it exits,
// the same figure bench/synth-child.js reports for itself.
const { writeSync } = require("fs");

process.on("exit", () => {
  writeSync(2, `\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
