"""Texts of one capitalised word or number in one context, for measuring what a context costs (round 20).

Each file holds 20,000 lines "<low> <low> UNIT <low> <low>." with random lower-case words around UNIT (seed 5), e.g.
cue.txt with UNIT "with Product" (a weak cue word before a common capitalised word), cueno.txt "grew Product" (no
cue: the round-17 shortcut answers), numleft.txt "12 Product", numright.txt "Product 12", dec.txt "grew 3.4";
base.txt "grew sales" is the floor. Each also as one JSON Lines record (<name>.jsonl) for PiiAltFileCpuTime.

    python3 aisec-bench/tools/pii_context_texts.py DIR
    java -cp JAR aisec-bench/tools/PiiTextCpuTime.java 24 DIR/base.txt DIR/cue.txt ...
    java -cp JAR aisec-bench/tools/PiiAltFileCpuTime.java A.jar B.jar DIR/cue.jsonl 40
"""
import json
import os
import random
import sys

LOW = ("the sales report shows that costs fell team will plan call notes review order uptime latency schedule "
       "quarterly").split()
UNITS = {'base': 'grew sales', 'cue': 'with Product', 'cueno': 'grew Product', 'numleft': '12 Product',
         'numleft_low': '12 report', 'numright': 'Product 12', 'low_numright': 'report 12', 'cue_eu': 'with Europe',
         'cue_eng': 'with Engineering', 'num12': 'grew 12', 'time': 'grew 10:30', 'dec': 'grew 3.4'}

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(5)
for name, unit in UNITS.items():
    parts = []
    for _ in range(20000):
        parts.append(random.choice(LOW) + ' ' + random.choice(LOW) + ' ' + unit + ' ' + random.choice(LOW) + ' '
                     + random.choice(LOW) + '.\n')
    text = ''.join(parts)
    open(os.path.join(out, name + '.txt'), 'w').write(text)
    open(os.path.join(out, name + '.jsonl'), 'w').write(json.dumps({'id': name, 'text': text}) + '\n')
