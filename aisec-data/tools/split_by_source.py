#!/usr/bin/env python3
"""Split a gold JSON Lines file and its prediction file by the gold `source` split name, so that
../shared/eval/score.py can score each split on its own (wnut17: wnut17train, emerging.dev, emerging.test).

usage: split_by_source.py GOLD PRED OUTDIR
writes OUTDIR/<split>.gold.jsonl and OUTDIR/<split>.pred.jsonl for every split found. Does no scoring."""
import json
import os
import sys


def split_name(source):
    # "leondz/emerging_entities_17:wnut17train.conll#12" -> "wnut17train"
    s = source.split(":", 1)[-1].split("#", 1)[0]
    return s.rsplit(".", 1)[0] if s.endswith((".conll", ".annotated", ".json")) else s


def main():
    gold_path, pred_path, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    files = {}
    with open(gold_path, encoding="utf-8") as g, open(pred_path, encoding="utf-8") as p:
        for gl, pl in zip(g, p):
            name = split_name(json.loads(gl).get("source", "all"))
            if name not in files:
                files[name] = (open(os.path.join(out, name + ".gold.jsonl"), "w", encoding="utf-8"),
                               open(os.path.join(out, name + ".pred.jsonl"), "w", encoding="utf-8"))
            files[name][0].write(gl)
            files[name][1].write(pl)
    for gf, pf in files.values():
        gf.close()
        pf.close()
    print(" ".join(sorted(files)))


if __name__ == "__main__":
    main()
