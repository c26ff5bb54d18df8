// naive.mjs is the script a user would write instead of claimdiff, for
// comparison in run.sh: dates from chrono-node, numbers from compromise,
// each keyed by the noun it counts or the verb of its sentence, joined
// across articles by key (a hash join, linear), and a conflict wherever
// two articles give one key different values.
//
//   node naive.mjs DIR
//
// prints one JSON object: documents, bytes, claims, alignments (keys
// stated by two articles or more) and conflicts.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const deps = process.env.NAIVE_DEPS || new URL("./.deps/node_modules/", import.meta.url).pathname;
const chrono = require(join(deps, "chrono-node"));
const compromise = require(join(deps, "compromise"));
const nlp = compromise.default || compromise;

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node naive.mjs DIR");
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const byKey = new Map();
let bytes = 0, claims = 0;
const add = (key, doc, value) => {
  claims++;
  if (!byKey.has(key)) byKey.set(key, new Map());
  const docs = byKey.get(key);
  if (!docs.has(doc)) docs.set(doc, new Set());
  docs.get(doc).add(String(value));
};
for (const f of files) {
  const text = readFileSync(join(dir, f), "utf8");
  bytes += Buffer.byteLength(text);
  // The dateline (second line) dates the article; relative dates count
  // from it.
  const dateline = text.split("\n")[1] || "";
  const ref = (chrono.parse(dateline)[0] || { start: { date: () => new Date(0) } }).start.date();
  const doc = nlp(text);
  doc.sentences().forEach((s) => {
    const sentence = s.text();
    const verb = s.verbs().first().text("infinitive") || "state";
    s.numbers().forEach((n) => {
      const after = n.lookAfter("#Noun").first().text("normal") || "number";
      add(`number/${after}`, f, n.get()[0] ?? n.text());
    });
    for (const d of chrono.parse(sentence, ref)) {
      add(`date/${verb}`, f, d.start.date().toISOString().slice(0, 10));
    }
  });
}
let alignments = 0, conflicts = 0;
for (const docs of byKey.values()) {
  if (docs.size < 2) continue;
  alignments++;
  const values = new Set();
  for (const vs of docs.values()) for (const v of vs) values.add(v);
  if (values.size > 1) conflicts++;
}
console.log(JSON.stringify({ documents: files.length, bytes, claims, alignments, conflicts }));
