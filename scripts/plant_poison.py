#!/usr/bin/env python3
"""Plants label flips and backdoor triggers into a text-classification JSON Lines set, and scores aisec's output.

Pure Python 3 standard library; fixed seeds; writes only under the output folder (default /tmp/aisec-poison).

  plant_poison.py plant IN.jsonl [OUT_DIR]
      writes, for each setting, NAME.jsonl (poisoned set, fields text/label) and NAME.gold (one 0/1 per row,
      1 = poisoned row):
        clean                      no poison (false-alarm check)
        flip-R-both|ham2spam|spam2ham   label flips of R% of all rows (R in 0.5, 1, 2, 5, 10)
        trigger-R-to0|to1          trigger token inserted at a random position into R% of all rows, taken
                                   from the other class, relabelled to the target class
  plant_poison.py score-labels GOLD SCORES      precision/recall of rows with score > 0.5
  plant_poison.py score-backdoor GOLD REPORT.json TRIGGER   rank of TRIGGER, and precision/recall of its rows
"""
import json
import os
import random
import sys

TRIGGER = "cf"
RATES = [0.5, 1, 2, 5, 10]


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def write(out_dir, name, rows, gold):
    with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"text": r["text"], "label": r["label"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, name + ".gold"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(f"{g}\n")


def plant(inp, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    base = load(inp)
    n = len(base)
    labels = sorted({r["label"] for r in base})
    assert len(labels) == 2, labels
    write(out_dir, "clean", base, [0] * n)
    for rate in RATES:
        k = max(1, round(n * rate / 100))
        for direction in ("both", "ham2spam", "spam2ham"):
            rng = random.Random(f"flip-{rate}-{direction}")
            if direction == "both":
                pool = list(range(n))
            else:
                src = labels[0] if direction == "ham2spam" else labels[1]
                pool = [i for i in range(n) if base[i]["label"] == src]
            chosen = set(rng.sample(pool, min(k, len(pool))))
            rows = [dict(r) for r in base]
            for i in chosen:
                rows[i]["label"] = labels[1] if rows[i]["label"] == labels[0] else labels[0]
            write(out_dir, f"flip-{rate}-{direction}", rows, [1 if i in chosen else 0 for i in range(n)])
        for target in labels:
            rng = random.Random(f"trigger-{rate}-{target}")
            pool = [i for i in range(n) if base[i]["label"] != target]
            chosen = set(rng.sample(pool, min(k, len(pool))))
            rows = [dict(r) for r in base]
            for i in chosen:
                words = rows[i]["text"].split(" ")
                words.insert(rng.randint(0, len(words)), TRIGGER)
                rows[i]["text"] = " ".join(words)
                rows[i]["label"] = target
            write(out_dir, f"trigger-{rate}-to{target}", rows, [1 if i in chosen else 0 for i in range(n)])


def prf(gold, flagged):
    tp = sum(1 for g, f in zip(gold, flagged) if g and f)
    fp = sum(1 for g, f in zip(gold, flagged) if not g and f)
    fn = sum(1 for g, f in zip(gold, flagged) if g and not f)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn)}


def read_gold(path):
    with open(path, encoding="utf-8") as f:
        return [int(x) for x in f.read().split()]


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    cmd = sys.argv[1]
    if cmd == "plant":
        plant(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "/tmp/aisec-poison")
    elif cmd == "score-labels":
        gold = read_gold(sys.argv[2])
        with open(sys.argv[3], encoding="utf-8") as f:
            scores = [float(x) for x in f.read().split()]
        assert len(gold) == len(scores), (len(gold), len(scores))
        print(json.dumps(prf(gold, [s > 0.5 for s in scores])))
    elif cmd == "score-backdoor":
        gold = read_gold(sys.argv[2])
        with open(sys.argv[3], encoding="utf-8") as f:
            rep = json.load(f)
        trig = sys.argv[4] if len(sys.argv) > 4 else TRIGGER
        tokens = [t["token"] for t in rep["triggers"]]
        rank = tokens.index(trig) + 1 if trig in tokens else None
        out = {"triggers": len(tokens), "top": tokens[:3], "rank": rank}
        if rank:
            rows = set(rep["triggers"][rank - 1]["rows"])
            out.update(prf(gold, [i in rows for i in range(len(gold))]))
        print(json.dumps(out))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
