#!/usr/bin/env python3
"""Training data for the PERSON token model (NameTagger): the texts and PERSON spans of the TRAINING parts of the
shared PII data only, as a simple tab-separated file the Java trainer reads (no JSON parser needed there).

    python3 aisec-data/tools/names_train_data.py ../shared/datasets/pii /tmp/names-train.tsv

Read: presidio-generated-large.jsonl (all of it) and the `wnut17train` split of wnut17.jsonl.
Never read: presidio-synth-v2.jsonl, presidio-generated-small.jsonl, wnut17's emerging.dev and emerging.test
splits (those are evaluation data).

Output, one record per line: `<source>\t<start>-<end>,<start>-<end>...\t<text>` with UTF-16 offsets as in the data
and the text escaped (backslash, tab, CR, LF as \\\\ \\t \\r \\n)."""
import json
import os
import sys


def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def main():
    root, out = sys.argv[1], sys.argv[2]
    n = 0
    with open(out, "w", encoding="utf-8", newline="\n") as w:
        for name, keep in (("presidio-generated-large.jsonl", lambda src: True),
                           ("wnut17.jsonl", lambda src: ":wnut17train." in src)):
            with open(os.path.join(root, name), encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    src = r.get("source", "")
                    if not keep(src):
                        continue
                    spans = ",".join(f"{s['start']}-{s['end']}" for s in r.get("spans", []) if s["type"] == "PERSON")
                    tag = "wnut" if name.startswith("wnut") else "presidio"
                    w.write(f"{tag}\t{spans}\t{escape(r['text'])}\n")
                    n += 1
    print(f"{n} training texts written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
