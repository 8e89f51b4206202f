"""Callers of one method in JFR execution samples (round 22, pii22speed): for each sample under PiiDetector.scan
after the first 10 s, the DEPTH frames above the first frame of METHOD (Class.method), counted.

    jfr print --json --events jdk.ExecutionSample --stack-depth 64 rec.jfr > rec.json
    python3 aisec-bench/tools/jfr_callers.py rec.json Context.maskOf 4
"""
import json,sys,collections,datetime
ev=json.load(open(sys.argv[1]))["recording"]["events"]
target=sys.argv[2]; depth=int(sys.argv[3]) if len(sys.argv)>3 else 4
def name(f): 
    m=f["method"]; return m["type"]["name"].split("/")[-1]+"."+m["name"]+":"+str(f.get("lineNumber"))
t0=min(datetime.datetime.fromisoformat(e["values"]["startTime"][:26].rstrip("Z")) for e in ev)
c=collections.Counter(); tot=0
for e in ev:
    if (datetime.datetime.fromisoformat(e["values"]["startTime"][:26].rstrip("Z"))-t0).total_seconds()<10: continue
    fr=e["values"]["stackTrace"]["frames"]; 
    if not any("PiiDetector" in f["method"]["type"]["name"] and f["method"]["name"]=="scan" for f in fr): continue
    tot+=1
    for i,f in enumerate(fr):
        n=f["method"]["type"]["name"].split("/")[-1]+"."+f["method"]["name"]
        if n==target:
            chain=[name(g) for g in fr[i+1:i+1+depth]]
            c[" < ".join(chain)]+=1; break
print(tot)
for k,v in c.most_common(40): print("%5.1f %s"%(100*v/tot,k))
