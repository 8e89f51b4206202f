#!/bin/bash
# Same-output check of PII speed work (round 22, pii22speed): `pii detect` at the default threshold and at 0.0 on
# presidio-synth-v2, wnut17, presidio-generated-small, every handset*.jsonl, the hard negatives (whole and per line),
# the PiiBench texts (whole and per line), plus PiiBenchSpans' span dump; then `cmp` OUT against a REF made the same
# way with the start jars.
#
#   java -cp BENCHJAR aisec-bench/tools/PiiBenchTexts.java DATA        # the bench texts, once
#   python3 - (see docs/BENCHMARKS.md, "Round 22, pii22speed")          # DATA/hn1.jsonl and DATA/hnl.jsonl, once
#   aisec-bench/tools/pii_check_outputs.sh DATA REF start-aisec.jar start-bench.jar
#   aisec-bench/tools/pii_check_outputs.sh DATA OUT aisec-cli/target/aisec.jar aisec-bench/target/benchmarks.jar
#   for f in REF/*; do cmp $f OUT/$(basename $f); done
DATA=$1; OUT=$2; JAR=$3; BJAR=$4
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
R=$ROOT/aisec-data/src/test/resources/dev/aisec/data/pii
S=$ROOT/../../shared/datasets/pii
mkdir -p "$OUT"
for f in $S/presidio-synth-v2.jsonl $S/wnut17.jsonl $S/presidio-generated-small.jsonl $R/handset*.jsonl \
    $DATA/hn1.jsonl $DATA/hnl.jsonl $DATA/bench.jsonl $DATA/dense-1mb-lines.jsonl $DATA/free-1mb-lines.jsonl; do
  b=$(basename "$f" .jsonl)
  java -Xss4m -Xmx2g -jar "$JAR" pii detect --jsonl "$f" --out "$OUT/$b.out" > /dev/null 2>&1 || echo "FAIL $b"
  java -Xss4m -Xmx2g -jar "$JAR" pii detect --jsonl "$f" --threshold 0.0 --out "$OUT/$b.t0.out" > /dev/null 2>&1 \
      || echo "FAIL t0 $b"
done
java -cp "$BJAR" "$ROOT/aisec-bench/tools/PiiBenchSpans.java" > "$OUT/benchspans.txt"
