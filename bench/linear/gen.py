#!/usr/bin/env python3
"""Writes the inputs of bench/linear/run.sh: one file per case and scale.

Usage: gen.py DIR SCALE...   (SCALE 1, 2, 4: the input doubles each time)
"""
import os
import sys


def numbers(k):
    # One sentence listing many figures, joined by commas.
    items = ", ".join(f"item {i} costing {i} dollars" for i in range(1, 4000 * k + 1))
    return "Council budget\n\nThe council approved " + items + ".\n"


def short(k):
    # Many short sentences, ten to a paragraph.
    out = ["Bus fleet\n\n"]
    for i in range(20000 * k):
        out.append(f"The city had {i % 500} buses in {1900 + i % 100}. ")
        if i % 10 == 9:
            out.append("\n\n")
    return "".join(out)


def brackets(k):
    # A paragraph of stops followed by closing brackets that open nowhere:
    # each made the splitter look back to the paragraph's start.
    return "Notes\n\n" + " ".join("item a.) x" for _ in range(20000 * k)) + "\n"


def front_deep(k):
    # Front matter nested far past the limit: refused, in time linear in its size.
    return "---\ntitle: " + "[" * (100000 * k) + "\n---\n\nBody.\n"


def front_wide(k):
    # Front matter with many keys, each nested close to the limit.
    keys = "".join(f"k{i}: " + "[" * 60 + "1" + "]" * 60 + "\n" for i in range(500 * k))
    return "---\ntitle: Bus fleet\n" + keys + "---\n\nThe city had 40 buses in 1990.\n"


def html_deep(k):
    # Elements nested far past the limit: refused.
    return "<html><body>" + "<div>" * (40000 * k) + "<p>The city had 40 buses.</p></body></html>"


def html_wide(k):
    # Many blocks, each nested close to the limit.
    block = "<div>" * 400 + "<p>The city had 40 buses in 1990 and more later.</p>" + "</div>" * 400
    return "<html><head><title>Bus fleet</title></head><body><article>" + block * (25 * k) + "</article></body></html>"


CASES = {
    "numbers.txt": numbers,
    "short.txt": short,
    "brackets.txt": brackets,
    "front-deep.md": front_deep,
    "front-wide.md": front_wide,
    "html-deep.html": html_deep,
    "html-wide.html": html_wide,
}

if __name__ == "__main__":
    out = sys.argv[1]
    for scale in sys.argv[2:]:
        for name, make in CASES.items():
            stem, ext = os.path.splitext(name)
            with open(os.path.join(out, f"{stem}-x{scale}{ext}"), "w") as f:
                f.write(make(int(scale)))
