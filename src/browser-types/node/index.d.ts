// Stands in for @types/node in tsconfig.browser.json (its typeRoots point here). Libraries the browser
// code imports (apache-arrow) carry `/// <reference types="node" />`, which would otherwise bring
// process, Buffer and every node:* module into browser code; resolved to this empty file, they do not.
export {};
