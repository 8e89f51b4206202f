#!/usr/bin/env python3
"""Check-digit helpers of round 21 (pii21q), written for handset21q.py and t21q.py (own code, no shared tables)."""

LETTERS23 = "TRWAGMYFPDXBNJZSQVHLCKE"


def luhn_sum(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_valid(num):
    num = "".join(c for c in num if c.isdigit())
    return luhn_sum(num) % 10 == 0


def with_luhn(body):
    for d in "0123456789":
        if luhn_sum(body + d) % 10 == 0:
            return body + d
    raise ValueError(body)


def iban_of(cc, bban):
    def num(s):
        return int("".join(str(int(c, 36)) for c in s))
    check = 98 - num(bban + cc + "00") % 97
    out = "%s%02d%s" % (cc, check, bban)
    assert num(out[4:] + out[:4]) % 97 == 1
    return out


def groups(s, sizes, sep=" "):
    out, pos = [], 0
    for n in sizes:
        out.append(s[pos:pos + n])
        pos += n
    assert pos == len(s), (s, sizes)
    return sep.join(out)


def by4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def dni(eight):
    return eight + LETTERS23[int(eight) % 23]


def nie(prefix, seven):
    return prefix + seven + LETTERS23[int("XYZ".index(prefix).__str__() + seven) % 23]


def bsn(eight):
    s = sum(int(d) * w for d, w in zip(eight, range(9, 1, -1)))
    last = s % 11
    assert last < 10, eight
    out = eight + str(last)
    assert (sum(int(d) * w for d, w in zip(out, list(range(9, 1, -1)) + [-1]))) % 11 == 0
    return out


_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _P.append([_P[_i - 1][_P[1].index(j)] if False else _P[1][_P[_i - 1][j]] for j in range(10)])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _D[c][_P[i % 8][int(ch)]]
    return c == 0


def aadhaar(eleven):
    for d in "0123456789":
        if verhoeff_ok(eleven + d):
            return eleven + d
    raise ValueError(eleven)


def tfn(eight):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for d in "0123456789":
        if sum(int(c) * x for c, x in zip(eight + d, w)) % 11 == 0:
            return eight + d
    raise ValueError(eight)


def abn(nine):
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    for a in range(10, 100):
        s = str(a) + nine
        ds = [int(c) for c in s]
        ds[0] -= 1
        if sum(d * x for d, x in zip(ds, w)) % 89 == 0:
            return s
    raise ValueError(nine)


def medicare(eight, issue):
    assert eight[0] in "23456"
    c = sum(int(d) * w for d, w in zip(eight, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return eight + str(c) + issue


def nhs(nine):
    c = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    assert c != 10, nine
    return nine + str(c)


def nric(prefix, seven):
    s = sum(int(d) * w for d, w in zip(seven, [2, 7, 6, 5, 4, 3, 2]))
    if prefix in "TG":
        s += 4
    if prefix == "M":
        s += 3
        return prefix + seven + "KLJNPQRTUWX"[10 - s % 11]
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + seven + table[s % 11]


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                                       12, 14, 16, 10, 22, 25, 24, 23]))


def cf(fifteen):
    s = 0
    for i, ch in enumerate(fifteen):
        if i % 2 == 0:
            s += _ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return fifteen + chr(65 + s % 26)


def steuer_id(ten):
    counts = sorted((ten.count(d) for d in set(ten)), reverse=True)
    assert ten[0] != "0" and counts[0] in (2, 3), ten
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        s = 10 if s == 0 else s
        product = (s * 2) % 11
    c = 11 - product
    return ten + str(0 if c == 10 else c)


def nir(thirteen):
    return thirteen + "%02d" % (97 - int(thirteen) % 97)


def sin(eight):
    assert eight[0] not in "08"
    return with_luhn(eight)
