#!/usr/bin/env python3
"""Builds the English word list the PERSON tagger uses (resource dev/aisec/data/pii/english.txt.gz): the all-lower-case,
purely alphabetic entries of at least 3 letters of Debian's `wamerican` word list (SCOWL, permissive licence), so
that "span", "ping" or "falcon" are known as ordinary words. Proper nouns (capitalised entries) are left out.

    apt-get install wamerican
    python3 aisec-data/tools/build_english.py /usr/share/dict/american-english \\
        aisec-data/src/main/resources/dev/aisec/data/pii/english.txt.gz
    cp /usr/share/doc/wamerican/copyright aisec-data/src/main/resources/dev/aisec/data/pii/english.txt.LICENSE

(the licence asks that its copyright and permission notices travel with every copy of the lists)

Output: gzipped UTF-8, one word per line, sorted; the gzip header carries no time stamp, so the output is
byte-for-byte reproducible."""
import gzip
import sys


def main(src, out):
    words = set()
    with open(src, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if len(w) >= 3 and w.isalpha() and w.islower() and w.isascii():
                words.add(w)
    data = "".join(w + "\n" for w in sorted(words)).encode("utf-8")
    with open(out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
            f.write(data)
    print(f"{len(words)} words written to {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
