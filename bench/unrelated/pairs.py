#!/usr/bin/env python3
"""Print pairs of unrelated wire stories from NEWS (a folder of .txt files
named AGENCY_ENG_YYYYMMDD.NNNN.txt), drawn with a fixed seed: by default
stories of different days whose titles share a word of five letters or
more (so that their claims can meet); with MODE "same-day", stories of one
day whose titles share no such word (a wire's day of unrelated copy).
Usage: pairs.py NEWS [N] [SEED] [MODE]"""
import os, random, re, sys

news = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 150
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 13
same_day = len(sys.argv) > 4 and sys.argv[4] == "same-day"
files = sorted(os.path.join(news, f) for f in os.listdir(news) if f.endswith(".txt"))
title = {f: open(f, encoding="utf-8").readline().strip() for f in files}
day = lambda f: os.path.basename(f).rsplit(".", 2)[0]
# Words every kind of story uses in titles say nothing of its topic.
common = set("after about their there which would could world says said over with from into than more first against amid under talks".split())
words = {f: {w.lower() for w in re.findall(r"[A-Za-z]{5,}", title[f])} - common for f in files}
r = random.Random(seed)
out, seen, tries = [], set(), 0
while len(out) < n and tries < 10**6:
    tries += 1
    a, b = r.choice(files), r.choice(files)
    if a == b or (a, b) in seen:
        continue
    if same_day and (day(a) != day(b) or words[a] & words[b]):
        continue
    if not same_day and (day(a) == day(b) or not (words[a] & words[b])):
        continue
    seen.add((a, b))
    out.append((a, b))
for a, b in out:
    print(a, b)
