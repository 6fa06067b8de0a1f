// Preloaded with `node -r` by the tests: at exit, writes every module the process loaded to
// the file named by HIKUBE_TEST_MODULES_OUT, to prove that `validate` never loads cdktf.
"use strict";
const fs = require("fs");
process.on("exit", () => {
  fs.writeFileSync(process.env.HIKUBE_TEST_MODULES_OUT, JSON.stringify(Object.keys(require.cache)));
});
