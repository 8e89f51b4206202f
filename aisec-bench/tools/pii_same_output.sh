#!/usr/bin/env bash
# Same-output check of PII speed work (round 22, pii22free): `pii detect` at the default threshold and at 0.0 on
# presidio-synth-v2, wnut17, presidio-generated-small, every aisec-data handset*.jsonl and the texts in DATA (the
# PiiBench texts whole and per line from PiiBenchTexts.java, the hard negatives as one record and per line), plus
# PiiBenchSpans.java; compare two output directories with cmp.
#   aisec-bench/tools/pii_same_output.sh OUTDIR CLI_JAR BENCH_JAR DATA
#   for f in REF/*; do cmp $f OUT/$(basename $f) || echo DIFF $f; done
set -e
OUT=$1; JAR=$2; BJ=$3; DATA=$4
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
R=$root/aisec-data/src/test/resources/dev/aisec/data/pii
D=$root/../../shared/datasets/pii
mkdir -p "$OUT"
for f in $D/presidio-synth-v2.jsonl $D/wnut17.jsonl $D/presidio-generated-small.jsonl $R/handset*.jsonl $DATA/*.jsonl; do
  b=$(basename "$f" .jsonl)
  java -Xss4m -Xmx2g -jar "$JAR" pii detect --jsonl "$f" --out "$OUT/$b.out"
  java -Xss4m -Xmx2g -jar "$JAR" pii detect --threshold=0.0 --jsonl "$f" --out "$OUT/$b.t0.out"
done
java -cp "$BJ" "$root/aisec-bench/tools/PiiBenchSpans.java" > "$OUT/benchspans.txt"
