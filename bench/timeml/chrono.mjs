// chrono.mjs runs chrono-node over time expressions, for comparison with
// claimdiff (see run.sh).
//
//   node chrono.mjs bench DIR [RUNS]
//       parses the <TEXT> of every .tml file in DIR in this one process,
//       RUNS times (default 6), timing only chrono's parsing, and prints
//       one JSON object with the median MB/s.
//   node chrono.mjs extract --format json [--published DATE] FILE
//       prints chrono's findings as `claimdiff extract --format json`
//       would, so that ../shared/score/timeml.py scores chrono too.
//
// A result becomes a TIMEX3 value at the granularity chrono knows: with an
// hour, YYYY-MM-DDTHH:MM (TIME); with a day or weekday, YYYY-MM-DD; with a
// month, YYYY-MM; with a year only, YYYY (DATE).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const chrono = require(process.env.CHRONO_MODULE || "./.deps/node_modules/chrono-node");

const pad = (n, w = 2) => String(n).padStart(w, "0");

function timexValue(c) {
  const y = pad(c.get("year"), 4), m = pad(c.get("month")), d = pad(c.get("day"));
  if (c.isCertain("hour")) return ["TIME", `${y}-${m}-${d}T${pad(c.get("hour"))}:${pad(c.get("minute"))}`];
  if (c.isCertain("day") || c.isCertain("weekday")) return ["DATE", `${y}-${m}-${d}`];
  if (c.isCertain("month")) return ["DATE", `${y}-${m}`];
  return ["DATE", y];
}

// refDate is noon UTC of the publication date, so that no time zone moves
// the day.
function refDate(published) {
  const d = new Date(`${published}T12:00:00Z`);
  return isNaN(d) ? new Date() : d;
}

// tmlText returns the text inside <TEXT> with tags removed and the
// publication date from the creation-time TIMEX3.
function tmlText(xml) {
  const body = xml.slice(xml.indexOf("<TEXT>") + 6, xml.indexOf("</TEXT>"));
  const text = body.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const dct = (xml.match(/<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/) || [""])[0];
  const v = (dct.match(/value="([^"]*)"/) || ["", ""])[1].slice(0, 10);
  return { text, dct: v };
}

function bench(dir, runs) {
  const docs = readdirSync(dir).filter((f) => f.endsWith(".tml")).sort()
    .map((f) => tmlText(readFileSync(join(dir, f), "utf8")));
  if (docs.length === 0) throw new Error(`no .tml files in ${dir}`);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);
  const refs = docs.map((d) => refDate(d.dct));
  let found = 0;
  for (let i = 0; i < docs.length; i++) found += chrono.parse(docs[i].text, refs[i]).length; // warm up
  const rates = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < docs.length; i++) chrono.parse(docs[i].text, refs[i]);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push(bytes / 1e6 / s);
  }
  rates.sort((a, b) => a - b);
  const median = runs % 2 ? rates[(runs - 1) / 2] : (rates[runs / 2 - 1] + rates[runs / 2]) / 2;
  console.log(JSON.stringify({ files: docs.length, bytes, mentions: found, runs: rates.map((x) => +x.toFixed(3)), median_mb_s: +median.toFixed(3) }));
}

function extract(args) {
  let published = "";
  const i = args.indexOf("--published");
  if (i >= 0) published = args[i + 1];
  const file = args[args.length - 1];
  const text = readFileSync(file, "utf8");
  const mentions = chrono.parse(text, refDate(published)).map((r) => {
    const start = Buffer.byteLength(text.slice(0, r.index), "utf8");
    const end = start + Buffer.byteLength(r.text, "utf8");
    const [type, value] = timexValue(r.start);
    return { kind: "time", start, end, type, value };
  });
  console.log(JSON.stringify({ documents: [{ mentions }] }));
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === "bench") bench(rest[0], Number(rest[1] || 6));
else if (cmd === "extract") extract(rest);
else {
  console.error("usage: node chrono.mjs bench DIR [RUNS] | extract --format json [--published DATE] FILE");
  process.exit(2);
}
