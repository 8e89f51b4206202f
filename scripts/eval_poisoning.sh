#!/usr/bin/env bash
# Reproduces the quality figures in docs/poisoning.md. Needs ../shared/datasets (not part of the repository) and
# python3; writes only under /tmp/aisec-eval and /tmp/aisec-poison.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
[[ -d "$shared" ]] || shared="$root/../../shared"   # a git worktree sits one level deeper
data="${AISEC_DATASETS:-$shared/datasets}"
score="${AISEC_SCORE:-$shared/eval/score.py}"
[[ -d "$data" ]] || { echo "no datasets folder at $data (set AISEC_DATASETS)" >&2; exit 2; }
out=/tmp/aisec-eval
mkdir -p "$out"
cd "$root"
echo "== outliers (fit and score on all rows; labels unseen) =="
for s in cardio shuttle satellite satimage-2 pendigits wbc musk thyroid mammography annthyroid; do
  for det in ensemble ecod iforest hbos mcd knn; do
    bin/aisec data outliers --csv "$data/outliers/$s.csv" --detector "$det" --out "$out/$s.$det.txt"
    printf '%s %s %s\n' "$s" "$det" "$(python3 "$score" outlier "$data/outliers/$s.csv" "$out/$s.$det.txt" --json)"
  done
done
echo "== planted poison in sms_spam.jsonl =="
python3 scripts/plant_poison.py plant "$data/text-classification/sms_spam.jsonl" /tmp/aisec-poison
for rate in 0.5 1 2 5 10; do
  for dir in both ham2spam spam2ham; do
    n="flip-$rate-$dir"
    bin/aisec data label-issues --jsonl "/tmp/aisec-poison/$n.jsonl" --text-field text --label-field label \
      --out "$out/$n.labels.txt"
    printf '%s %s\n' "$n" "$(python3 scripts/plant_poison.py score-labels "/tmp/aisec-poison/$n.gold" "$out/$n.labels.txt")"
  done
  for target in 0 1; do
    n="trigger-$rate-to$target"
    bin/aisec data backdoor --jsonl "/tmp/aisec-poison/$n.jsonl" --text-field text --label-field label \
      --out "$out/$n.backdoor.json"
    printf '%s %s\n' "$n" "$(python3 scripts/plant_poison.py score-backdoor "/tmp/aisec-poison/$n.gold" "$out/$n.backdoor.json")"
  done
done
bin/aisec data label-issues --jsonl /tmp/aisec-poison/clean.jsonl --text-field text --label-field label \
  --out "$out/clean.labels.txt"
printf 'clean label-issues %s\n' "$(python3 scripts/plant_poison.py score-labels /tmp/aisec-poison/clean.gold "$out/clean.labels.txt")"
bin/aisec data backdoor --jsonl /tmp/aisec-poison/clean.jsonl --text-field text --label-field label \
  --out "$out/clean.backdoor.json"
printf 'clean backdoor %s\n' "$(python3 scripts/plant_poison.py score-backdoor /tmp/aisec-poison/clean.gold "$out/clean.backdoor.json")"
