"""Variants of the PiiBench dense text with one kind of PII value (or all of them) replaced by the lower-case word
"notes", so that the cost of one kind can be read as the difference of two scans (round 21, pii21speed).

    java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiBenchTexts.java /tmp/p21s/data
    python3 aisec-bench/tools/pii_dense_variants.py /tmp/p21s/data/dense-1mb.txt /tmp/p21s/dv
    cd /tmp/p21s/dv && java -cp JAR /path/to/aisec-bench/tools/PiiTextCpuTime.java 45 ../data/dense-1mb.txt v_*.txt

Writes v_<kind>.txt per value of PiiBench.PII, v_allpii.txt (every value replaced) and v_nocue.txt (also the cue
words "contact" and "card" before the replaced values), and prints how often each value occurs.
"""
import os
import sys

PII = [("email1", "jane.doe@example.com"), ("phone44", "+44 20 7946 0958"), ("card4111", "4111 1111 1111 1111"),
       ("iban", "DE89 3704 0044 0532 0130 00"), ("ssn", "536-22-1234"), ("ipv4", "10.20.30.40"),
       ("name", "Maria Gonzalez"), ("phone212", "(212) 555-0199"), ("ipv6", "2001:db8::8a2e:370:7334"),
       ("aws", "AKIAIOSFODNN7EXAMPLE"), ("email2", "john.smith@mail.example.org"), ("amex", "378282246310005")]

t = open(sys.argv[1]).read()
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
every = t
for name, value in PII:
    print(name, t.count(value))
    open(os.path.join(out, "v_%s.txt" % name), "w").write(t.replace(value, "notes"))
    every = every.replace(value, "notes")
open(os.path.join(out, "v_allpii.txt"), "w").write(every)
open(os.path.join(out, "v_nocue.txt"), "w").write(
    every.replace("contact notes", "notes notes").replace("card notes", "notes notes"))
