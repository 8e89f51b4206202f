"""Edited copies of PiiBench's free-1mb text, each with one kind of token replaced by "xx" (a word the scanner
skips at once), for PiiTextCpuTime.java: how much of a scan each kind of token costs (docs/BENCHMARKS.md, round 16).

    java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiBenchTexts.java DIR
    python3 aisec-bench/tools/pii_free_variants.py DIR      # reads DIR/free-1mb.txt, writes DIR/v_*.txt
"""
import os
import re
import sys

d = sys.argv[1]
t = open(os.path.join(d, 'free-1mb.txt'), encoding='utf-8').read()


def write(name, s):
    with open(os.path.join(d, 'v_' + name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(s)


def words(ws, rep='xx'):
    s = t
    for w in ws:
        s = re.sub(r'\b' + re.escape(w) + r'\b', rep, s)
    return s


write('europe', words(['Europe']))
write('engineering', words(['Engineering']))
write('product', words(['Product']))
write('product_as_report', words(['Product'], 'Report'))
write('caps', words(['Europe', 'Engineering', 'Product']))
write('numbers', re.sub(r'(?<![\w.])(12|250|#4821|10:30|3\.4|2\.1|99\.9%)(?!\w)', 'xx', t))
write('n12_250', re.sub(r'\b(12|250)\b', 'xx', t))
write('n4821', t.replace('#4821', 'xx'))
write('n1030', t.replace('10:30', 'xx'))
write('decimals', re.sub(r'\b(3\.4|2\.1|99\.9%)', 'xx', t))
write('q3', t.replace('Q3.', 'xx'))
plain = re.sub(r'(?<![\w.])(12|250|#4821|10:30|3\.4|2\.1|99\.9%)(?!\w)', 'xx', t)
for w in ['Europe', 'Engineering', 'Product']:
    plain = re.sub(r'\b' + w + r'\b', 'xx', plain)
write('lower_only', plain.replace('Q3.', 'xx'))
