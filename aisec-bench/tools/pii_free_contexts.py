"""Texts of one capitalised word or number of PiiBench's free text in one context (round 22, pii22free): what a
token costs next to a lower-case word, after a cue word, next to a number or next to another capitalised word.

Each file DIR/<name>.txt holds 20,000 lines "<low> <low> UNIT <low> <low>." with random lower-case words around UNIT
(seed 5); base.txt ("grew sales") is the floor, so (time(file) - time(base)) / 20,000 is what the unit costs more
than two plain words. P_ls.txt puts "Product" at the start of a line instead.

    python3 aisec-bench/tools/pii_free_contexts.py DIR
    cd DIR && java -cp JAR /path/to/aisec-bench/tools/PiiTextCpuTime.java 30 *.txt
"""
import os
import random
import sys

LOW = ("the sales report shows that costs fell team will plan call notes review order uptime latency schedule "
       "quarterly").split()
UNITS = {'base': 'grew sales', 'P_low': 'grew Product', 'P_cue': 'with Product', 'P_numL': '12 Product',
         'P_numR': 'Product 12', 'P_capR': 'grew Product Engineering', 'P_capL': 'grew Europe Product',
         'E_low': 'grew Europe', 'E_cue': 'with Europe', 'E_numL': '12 Europe', 'E_numR': 'Europe 12',
         'G_low': 'grew Engineering', 'G_numL': '12 Engineering', 'G_numR': 'Engineering 12',
         'G_cue': 'with Engineering', 'n12': 'grew 12', 'n250': 'grew 250', 'dec': 'grew 3.4', 'time': 'grew 10:30',
         'hash': 'grew #4821', 'pct': 'grew 99.9%', 'q3': 'grew Q3.', 'P_ls': None}

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(5)
for name, unit in UNITS.items():
    parts = []
    for _ in range(20000):
        a, b, c, d = (random.choice(LOW) for _ in range(4))
        if unit is None:
            parts.append(a + ' ' + b + '.\nProduct ' + c + ' ' + d + '.\n')
        else:
            parts.append(a + ' ' + b + ' ' + unit + ' ' + c + ' ' + d + '.\n')
    with open(os.path.join(out, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join(parts))
