const Y = require("yaml");
const cc = require("../lib/core/cloud-init/cloud-config-yaml");
const fleet = require("./fleet");
const texts = Array.from({ length: 20000 }, (_, i) => fleet.cloudInit(i));
function t(label, f) { let us; for (let r = 0; r < 3; r++) { const a = process.hrtime.bigint(); texts.forEach(f); us = Number(process.hrtime.bigint() - a) / 1e3 / texts.length; } console.log(label.padEnd(34), us.toFixed(1), "us"); }
t("parseCloudConfigYaml", (x) => cc.parseCloudConfigYaml(x));
t("parseDocument(opts)", (x) => Y.parseDocument(x, cc.cloudConfigYamlOptions(new Y.LineCounter())));
t("parseDocument 1.1 no customTags", (x) => Y.parseDocument(x, { version: "1.1" }));
t("parseDocument 1.2 default", (x) => Y.parseDocument(x));
t("parseDocument 1.2 json schema", (x) => Y.parseDocument(x, { schema: "json" }));
t("parse (toJS) 1.2", (x) => Y.parse(x));
t("Parser only (CST)", (x) => { for (const _ of new Y.Parser().parse(x)); });
t("Lexer only", (x) => { for (const _ of new Y.Lexer().lex(x)); });
