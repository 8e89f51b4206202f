#!/usr/bin/env python3
"""Prepares a fair comparison on Presidio's data for ../shared/eval/score.py (no scoring of its own).

  python3 aisec-data/tools/pii_shared.py GOLD.jsonl PRED.jsonl OUT_DIR [--no-map]

Writes OUT_DIR/gold.jsonl and OUT_DIR/pred.jsonl holding only the entity types that both the gold data and aisec
define. Like Presidio's own evaluation it maps gold STREET_ADDRESS -> LOCATION and DOMAIN_NAME -> URL (skip with
--no-map). Types only the gold defines (ORGANIZATION, AGE, TITLE, NRP, ZIP_CODE...) and types only aisec reports
are dropped on both sides. Then run:  python3 ../shared/eval/score.py pii OUT_DIR/gold.jsonl OUT_DIR/pred.jsonl
With --explain it also prints false positives and misses per type (for development only).
"""
import json
import os
import sys

AISEC = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_ITIN", "US_PASSPORT",
         "US_DRIVER_LICENSE", "UK_NHS", "UK_NINO", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CRYPTO", "DATE_TIME", "PERSON",
         "LOCATION", "API_KEY"}
MAP = {"STREET_ADDRESS": "LOCATION", "DOMAIN_NAME": "URL"}


def main(gold_path, pred_path, out, do_map, explain):
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    pred = [json.loads(l) for l in open(pred_path, encoding="utf-8") if l.strip()]
    gtypes = set()
    for g in gold:
        for s in g["spans"]:
            gtypes.add(MAP.get(s["type"], s["type"]) if do_map else s["type"])
    shared = gtypes & AISEC
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as fg, \
            open(os.path.join(out, "pred.jsonl"), "w", encoding="utf-8") as fp:
        for g, p in zip(gold, pred):
            gs = []
            for s in g["spans"]:
                t = MAP.get(s["type"], s["type"]) if do_map else s["type"]
                if t in shared:
                    gs.append({"start": s["start"], "end": s["end"], "type": t})
            ps = [s for s in p.get("spans", []) if s["type"] in shared]
            fg.write(json.dumps({"spans": gs}) + "\n")
            fp.write(json.dumps({"spans": ps}) + "\n")
            if explain:
                text = g["text"]
                for q in ps:
                    if not any(q["type"] == s["type"] and q["start"] < s["end"] and s["start"] < q["end"] for s in gs):
                        print("FP", q["type"], repr(text[q["start"]:q["end"]]), "|",
                              repr(text[max(0, q["start"] - 40):q["end"] + 30]))
                for s in gs:
                    if not any(q["type"] == s["type"] and q["start"] < s["end"] and s["start"] < q["end"] for q in ps):
                        print("FN", s["type"], repr(text[s["start"]:s["end"]]), "|",
                              repr(text[max(0, s["start"] - 40):s["end"] + 30]))
    print("shared types:", ",".join(sorted(shared)), file=sys.stderr)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(args[0], args[1], args[2], "--no-map" not in sys.argv, "--explain" in sys.argv)
