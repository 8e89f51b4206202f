#!/usr/bin/env python3
"""Keeps only some entity types in a gold and a prediction file, so score.py's ALL line scores a group of types.

  python3 aisec-data/tools/filter_types.py GOLD PRED OUT_DIR (--only T1,T2,... | --except T1,T2,...)

Writes OUT_DIR/gold.jsonl and OUT_DIR/pred.jsonl (same lines, spans of other types dropped). Does no scoring.
"""
import json
import os
import sys


def main():
    gold, pred, out, mode, types = sys.argv[1:6]
    keep = set(types.split(","))
    ok = (lambda t: t in keep) if mode == "--only" else (lambda t: t not in keep)
    os.makedirs(out, exist_ok=True)
    for src, name in ((gold, "gold.jsonl"), (pred, "pred.jsonl")):
        with open(src, encoding="utf-8") as f, open(os.path.join(out, name), "w", encoding="utf-8") as w:
            for line in f:
                if not line.strip():
                    continue
                r = json.loads(line)
                r["spans"] = [s for s in r.get("spans", []) if ok(s["type"])]
                w.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
