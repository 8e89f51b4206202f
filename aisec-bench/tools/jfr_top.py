"""Self and inclusive shares of JFR execution samples under a root method, skipping the first seconds of the
recording (warm-up), with the samples' top lines; with --under M, the direct callees and lines of M instead
(round 21, pii21speed).

    java -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
        -XX:StartFlightRecording=filename=rec.jfr,settings=p1ms.jfc -cp JAR aisec-bench/tools/PiiWarmup.java dense 25
    jfr print --json --events jdk.ExecutionSample --stack-depth 64 rec.jfr > rec.json
    python3 aisec-bench/tools/jfr_top.py rec.json --skip 12 [--under Engine.phone]

p1ms.jfc: the JDK's lib/jfr/profile.jfc with the jdk.ExecutionSample period set to 1 ms. Shares are of the samples
whose stack holds PiiDetector.scan (--root to change); a method is counted once per sample however deep it recurs.
"""
import argparse
import collections
import datetime
import json

ap = argparse.ArgumentParser()
ap.add_argument("json")
ap.add_argument("--skip", type=float, default=12.0)
ap.add_argument("--root", default="PiiDetector.scan")
ap.add_argument("--under")
ap.add_argument("--top", type=int, default=30)
a = ap.parse_args()

events = json.load(open(a.json))["recording"]["events"]


def when(e):
    return datetime.datetime.fromisoformat(e["values"]["startTime"][:26].rstrip("Z"))


t0 = min(when(e) for e in events)
self_c, incl, lines, direct = (collections.Counter() for _ in range(4))
n = m = 0
for e in events:
    if (when(e) - t0).total_seconds() < a.skip:
        continue
    frames = e["values"]["stackTrace"]["frames"]
    names = [f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"] for f in frames]
    if a.root not in names:
        continue
    n += 1
    if a.under:
        if a.under not in names:
            continue
        m += 1
        k = max(i for i, x in enumerate(names) if x == a.under)
        if k > 0:
            direct[names[k - 1]] += 1
        lines["%s:%s" % (a.under, frames[k].get("lineNumber"))] += 1
        for x in set(names[:k]):
            incl[x] += 1
    else:
        self_c[names[0]] += 1
        lines["%s:%s" % (names[0], frames[0].get("lineNumber"))] += 1
        for x in set(names):
            incl[x] += 1


def show(title, c):
    print("---", title)
    for k, v in [kv for kv in c.most_common() if kv[1] < n][:a.top]:  # (frames on every sample say nothing)
        print("%5.1f %s" % (v * 100 / n, k))


print("samples", n, "" if not a.under else "(%s in %.1f%%)" % (a.under, m * 100 / n))
if a.under:
    show("direct callees", direct)
    show("lines of " + a.under, lines)
    show("inclusive below " + a.under, incl)
else:
    show("self", self_c)
    show("inclusive", incl)
    show("top lines", lines)
