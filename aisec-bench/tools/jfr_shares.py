"""Share of JFR execution samples per method under Engine.scan (self and inclusive), from `jfr print --json`.

    jfr print --json --events jdk.ExecutionSample --stack-depth 64 rec.jfr > rec.json
    python3 aisec-bench/tools/jfr_shares.py rec.json

Only samples whose stack holds Engine.scan count; a method's inclusive share counts a sample once however deep it
recurs. Line-level attribution inside compiled code is approximate (samples skid to the nearest debug info), so
read the method shares, not single lines.
"""
import collections
import json
import sys

d = json.load(open(sys.argv[1]))
self_c = collections.Counter()
incl = collections.Counter()
n = 0
for e in d['recording']['events']:
    frames = e['values']['stackTrace']['frames']
    names = [f['method']['type']['name'].split('/')[-1] + '.' + f['method']['name'] for f in frames]
    if not any(x == 'Engine.scan' for x in names):
        continue
    n += 1
    self_c[names[0]] += 1
    for x in set(names):
        incl[x] += 1
print('samples under Engine.scan:', n)
print('--- self')
for k, c in self_c.most_common(25):
    print(f'{c * 100 / n:5.1f} {k}')
print('--- inclusive')
for k, c in incl.most_common(45):
    if c < n:
        print(f'{c * 100 / n:5.1f} {k}')
