"""Shared markup of the hand-written PII check sets (handset7.py, handset8.py).

A text marks each gold span as [[TYPE|value]] and refers to a generated value (a valid card, IBAN, ID...) as
%%name%%. convert() returns the plain text and its spans with UTF-16 offsets (Java String indices, end exclusive);
write() writes one JSON Lines record per text with a source tag "<prefix>:<kind>#<n>".
"""
import json
import re
import sys

MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)
VAR = re.compile(r"%%([a-z0-9_]+)%%")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def convert(text, values):
    text = VAR.sub(lambda m: values[m.group(1)], text)
    out, spans, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        start = utf16_len("".join(out))
        value = m.group(2)
        out.append(value)
        spans.append({"start": start, "end": start + utf16_len(value), "type": m.group(1)})
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    assert "[[" not in plain and "%%" not in plain, plain
    return plain, spans


def write(path, texts, values, prefix):
    counts = {}
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for kind, raw in texts:
            counts[kind] = counts.get(kind, 0) + 1
            text, spans = convert(raw, values)
            rec = {"text": text, "spans": spans, "source": "%s:%s#%d" % (prefix, kind, counts[kind])}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(texts), "texts", counts, file=sys.stderr)
