#!/usr/bin/env bash
# Scores the round-17 own set H8a (probes-round17h8a.tsv): rows of kind "u:*" as user input, rows of kind "r:*"
# with --channel retrieved, then the whole set together (predictions merged back in file order).
# Usage (from the repository root): scripts/probes_h8a.sh [OUTDIR [TSV]]   (default target/h8a, H8a)
set -euo pipefail
out="${1:-target/h8a}"; mkdir -p "$out"
tsv="${2:-aisec-prompt/src/test/resources/dev/aisec/prompt/probes-round17h8a.tsv}"
python3 - "$tsv" "$out" <<'PY'
import json, sys
tsv, out = sys.argv[1], sys.argv[2]
rows = []
for line in open(tsv, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    label, kind, lang, text = line.split("\t")
    rows.append({"label": "injection" if label == "attack" else "benign", "kind": kind, "lang": lang,
                 "text": text.replace("\\n", "\n")})
for ch in ("u", "r"):
    with open(f"{out}/{ch}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            if r["kind"].startswith(ch + ":"):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(f"{out}/all.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
bin/aisec prompt score --jsonl "$out/u.jsonl" --out "$out/u.pred.jsonl"
bin/aisec prompt score --jsonl "$out/r.jsonl" --channel retrieved --out "$out/r.pred.jsonl"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
preds = {ch: [json.loads(l) for l in open(f"{out}/{ch}.pred.jsonl", encoding="utf-8")] for ch in ("u", "r")}
idx = {"u": 0, "r": 0}
with open(f"{out}/all.pred.jsonl", "w", encoding="utf-8") as f:
    for l in open(f"{out}/all.jsonl", encoding="utf-8"):
        ch = json.loads(l)["kind"][0]
        f.write(json.dumps(preds[ch][idx[ch]], ensure_ascii=False) + "\n"); idx[ch] += 1
PY
for s in u r all; do
  echo "== H8a $s"; python3 ../../shared/eval/score.py prompt "$out/$s.jsonl" "$out/$s.pred.jsonl"
done
