"""Digit-dense adversarial texts for the PII speed checks of round 15 (docs/BENCHMARKS.md).

python3 aisec-bench/tools/pii_digit_texts.py OUT_DIR   writes OUT_DIR/adv.jsonl (random digit groups and separators)
and OUT_DIR/adv2.jsonl (phone, card, date, IP, ID shapes with cue and negative words); fixed seeds."""
import os, sys

import random, json
r = random.Random(15)
seps = [' ', ' ', '-', '.', '/', '', ' / ', '\u00a0', ', ', ':', '(', ')', '+', ' +', '#', '%', 'x', ' ext ']
words = ['phone', 'tel', 'call', 'card', 'ssn', 'SSN', 'order', 'invoice', 'IBAN', 'id', 'ip', 'born', 'DOB', 'zip',
         'Street', 'Rue', 'St', 'version', 'build', 'tracking', 'mobile', 'Tel.', 'NHS', 'passport', 'licence',
         'on', 'at', 'Ave', 'the', 'and', 'de', 'Nr.', 'Konto', 'Steuer-ID', 'BSN', 'Aadhaar', 'TFN', 'SIN', 'NRIC',
         'codice fiscale', 'DNI', 'NIE', 'INSEE', 'Jan', 'March', 'Dec', 'ISBN', 'key=', 'phone=', '"tel": "',
         'id=', 'year', 'since', 'route', 'PIN', 'code', 'account', 'routing', 'SWIFT', 'VAT', 'EIN', 'ITIN']
def group():
    n = r.choice([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16])
    return ''.join(r.choice('0123456789' if r.random() < 0.9 else '0000111') for _ in range(n))
def token():
    x = r.random()
    if x < 0.15:
        return r.choice(words)
    parts = [group()]
    for _ in range(r.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 7])):
        parts.append(r.choice(seps)); parts.append(group())
    s = ''.join(parts)
    if r.random() < 0.1: s = '+' + s
    if r.random() < 0.05: s = '(' + s
    if r.random() < 0.03: s = s + r.choice(['AB', 'X', 'c', 'Z'])
    return s
lines = []
for i in range(3000):
    toks = [token() for _ in range(r.randint(3, 25))]
    lines.append(' '.join(toks) + r.choice(['', '.', ',', ';', ' ']))
with open(os.path.join(sys.argv[1], 'adv.jsonl'), 'w') as f:
    for i, l in enumerate(lines): f.write(json.dumps({'id': i, 'text': l}, ensure_ascii=False) + '\n')
    big = '\n'.join(lines[:1500])
    f.write(json.dumps({'id': 'big', 'text': big}, ensure_ascii=False) + '\n')

r = random.Random(151)
def d(n): return ''.join(r.choice('0123456789') for _ in range(n))
def luhn_fix(s):
    tot=0
    for i,c in enumerate(reversed(s+'0')):
        v=int(c)
        if i%2==1:
            v*=2
            if v>9: v-=9
        tot+=v
    return s+str((10-tot%10)%10)
shapes = [
 lambda: f"{d(3)}-{d(3)}-{d(4)}", lambda: f"({d(3)}) {d(3)}-{d(4)}", lambda: f"+{r.choice(['1','44','49','33','34','39','31','91','61','65'])} {d(2)} {d(4)} {d(4)}",
 lambda: f"0{d(2)} {d(4)} {d(4)}", lambda: f"0{d(9)}", lambda: f"{d(3)}.{d(3)}.{d(4)}", lambda: f"{d(2)}/{d(2)}/{d(4)}",
 lambda: f"{r.randint(1,31)}.{r.randint(1,12)}.{r.randint(1900,2030)}", lambda: f"{r.randint(1900,2030)}-{r.randint(1,12):02d}-{r.randint(1,31):02d}",
 lambda: f"{r.randint(0,299)}.{r.randint(0,299)}.{r.randint(0,299)}.{r.randint(0,299)}",
 lambda: ' '.join([luhn_fix(r.choice(['4','51','37','6011'])+d(14-len('x')))][0][i:i+4] for i in range(0,16,4)),
 lambda: luhn_fix('4'+d(14)), lambda: f"{d(3)}-{d(2)}-{d(4)}", lambda: f"{d(3)} {d(2)} {d(4)}", lambda: f"{d(3)} {d(3)} {d(4)}",
 lambda: f"{d(2)} {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"{d(4)} {d(4)} {d(4)}", lambda: f"{d(5)}", lambda: f"{d(4)}", lambda: f"{d(1)}",
 lambda: f"{d(2)}:{d(2)}", lambda: f"{d(1)}.{d(1)}.{d(2)}", lambda: f"{d(11)}", lambda: f"{d(9)}", lambda: f"{d(8)}", lambda: f"{d(12)}",
 lambda: f"{r.randint(1,9999)} Main Street", lambda: f"{d(3)} {d(4)}", lambda: f"{d(5)}-{d(4)}", lambda: f"{d(4)}/{d(4)}",
]
words = ['my phone is', 'call me at', 'card', 'ssn:', 'order #', 'invoice', 'IBAN', 'ip', 'born on', 'DOB', 'zip', 'tel.',
 'version', 'build', 'tracking number', 'mobile', 'NHS number', 'passport', 'the meeting at', 'and', 'on', 'Steuer-ID',
 'BSN', 'Aadhaar', 'TFN', 'SIN', 'codice fiscale', 'DNI', 'ISBN', 'account', 'PIN', 'Tel:', 'Fax', 'Nr.', 'ID', 'Ref', 'price $', 'EUR']
lines=[]
for i in range(4000):
    toks=[]
    for _ in range(r.randint(2,12)):
        if r.random()<0.45: toks.append(r.choice(words))
        toks.append(r.choice(shapes)())
    lines.append(' '.join(toks)+r.choice(['','.',',']))
with open(os.path.join(sys.argv[1], 'adv2.jsonl'),'w') as f:
    for i,l in enumerate(lines): f.write(json.dumps({'id':i,'text':l})+'\n')
    f.write(json.dumps({'id':'big','text':'\n'.join(lines[:2000])})+'\n')
