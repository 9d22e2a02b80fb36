"""Print the README accuracy table (dev and test) from `rennbericht evaluate --json` reports."""

from __future__ import annotations

import json
import sys

TYPES = ["drivers", "results", "gaps", "quotes", "cars", "event", "all"]


def row(name: str, dev: dict, test: dict) -> str:
    def cell(s: dict) -> str:
        f = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
        return f"{f(s['precision'])} / {f(s['recall'])} / **{f(s['f1'])}**"

    return f"| {name} | {cell(dev['scores'][name])} | {cell(test['scores'][name])} |"


def main(dev_path: str, test_path: str) -> None:
    dev = json.load(open(dev_path, encoding="utf-8"))
    test = json.load(open(test_path, encoding="utf-8"))
    lines = [
        f"| record type | dev ({len(dev['doc_ids'])} docs) P / R / F1 | test ({len(test['doc_ids'])} docs) P / R / F1 |",
        "|---|---|---|",
    ]
    lines += [row(t, dev, test) for t in TYPES]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
