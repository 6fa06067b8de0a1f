"use strict";
// The floor of `hikube-vm validate`: a bare node process that reads a YAML file and parses
// every document with the `yaml` package, and does nothing else.
const { readFileSync } = require("fs");
const { parseAllDocuments } = require("yaml");

const docs = parseAllDocuments(readFileSync(process.argv[2], "utf8"));
if (!Array.isArray(docs) || docs.length === 0) process.exit(1);
