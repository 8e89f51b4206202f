"""Values with check digits for the round-22 (pii22a) check sets, drawn from a seeded generator.

Each generator draws a random base from random.Random(seed) and completes it with its check digits, retrying bases
that have no valid completion; every value is validated again by an independent check before it is returned. The
check-digit helpers are those of handset8.py / handset7_values.py; Keccak-256 (EIP-55) is the one of handset21f.py.
"""
import hashlib
import random
import string

from handset8 import card, iban, luhn_ok, nl_bsn, verhoeff, es_dni, es_nie, it_cf, de_taxid, fr_nir, au_tfn, \
    ca_sin, nhs, sg_nric, _mod97, g4, grouped
from handset7_values import au_abn, au_medicare, bech32, b58check
from handset21f import eip55

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def token(self, n, alphabet=ALNUM):
        while True:
            t = "".join(self.r.choice(alphabet) for _ in range(n))
            if any(c.isdigit() for c in t) and any(c.isalpha() for c in t):
                return t

    # ---- cards
    def card(self, prefix, length):
        v = card(prefix + self.digits(length - len(prefix) - 1, string.digits))
        assert luhn_ok(v) and len(v) == length
        return v

    def bad_card(self, prefix, length):
        v = self.card(prefix, length)
        v = v[:-1] + str((int(v[-1]) + 3) % 10)
        assert not luhn_ok(v)
        return v

    # ---- IBAN
    BBAN = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "A4n10", "BE": "n12", "AT": "n16",
            "CH": "n17", "GB": "A4n14", "PT": "n21", "IE": "A4n14", "PL": "n24", "LU": "n16", "SE": "n20",
            "NO": "n11", "DK": "n14", "FI": "n14"}

    def iban(self, cc):
        spec, out, i = self.BBAN[cc], "", 0
        while i < len(spec):
            kind = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1:j])
            if kind == "n":
                out += "".join(self.r.choice(string.digits) for _ in range(n))
            else:
                out += "".join(self.r.choice(string.ascii_uppercase) for _ in range(n))
            i = j
        v = iban(cc, out)
        assert _mod97(v[4:] + v[:4]) == 1
        return v

    # ---- national ids
    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            return "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def itin(self):
        return "9%02d-%02d-%04d" % (self.r.randint(0, 99), self.r.choice(list(range(70, 89))), self.r.randint(1, 9999))

    def nino(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.r.choice(first) + self.r.choice(second)
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                return p + self.digits(6, string.digits) + self.r.choice("ABCD")

    def nhs(self):
        while True:
            try:
                return nhs(self.digits(9, "456789"))
            except AssertionError:
                pass

    def de_tax(self):
        while True:
            ds = self.r.sample(string.digits, 9)
            dup = self.r.choice(ds)
            ten = ds + [dup]
            self.r.shuffle(ten)
            if ten[0] == "0":
                continue
            v = de_taxid("".join(ten))
            return v

    def nir(self):
        sex = self.r.choice("12")
        body = sex + "%02d" % self.r.randint(40, 99) + "%02d" % self.r.randint(1, 12) + "%02d" % self.r.randint(1, 95) \
            + "%03d" % self.r.randint(1, 990) + "%03d" % self.r.randint(1, 999)
        return fr_nir(body)

    def dni(self):
        return es_dni(self.digits(8, "1234567"))

    def nie(self):
        return es_nie(self.r.choice("XYZ"), self.digits(7, string.digits))

    def cf(self):
        cons = "BCDFGLMNPRSTVZ"
        s = "".join(self.r.choice(cons) for _ in range(6))
        s += "%02d" % self.r.randint(50, 99) + self.r.choice("ABCDEHLMPRST")
        s += "%02d" % self.r.choice(list(range(1, 29)) + list(range(41, 69)))
        s += self.r.choice("ABCDEFGHLM") + "%03d" % self.r.randint(1, 999)
        return it_cf(s)

    def bsn(self):
        while True:
            try:
                return nl_bsn(self.digits(8, "1234567"))
            except AssertionError:
                pass

    def aadhaar(self):
        return verhoeff(self.digits(11, "23456789"))

    def pan(self):
        L = string.ascii_uppercase
        return "".join(self.r.choice(L) for _ in range(3)) + "P" + self.r.choice(L) + self.digits(4, string.digits) \
            + self.r.choice(L)

    def tfn(self):
        while True:
            try:
                return au_tfn(self.digits(8))
            except ValueError:
                pass

    def abn(self):
        while True:
            v = au_abn(self.digits(9, string.digits))
            if v:
                return v

    def medicare(self):
        return au_medicare(self.digits(8, "23456"), self.r.choice("12345"))

    def sin(self):
        return ca_sin(self.digits(8, "1234567"))

    def nric(self, prefix):
        return sg_nric(prefix, self.digits(7, string.digits))

    # ---- crypto
    def btc(self, version=b"\x00"):
        return b58check(version + hashlib.sha256(self.token(12).encode()).digest()[:20])

    def bc1(self):
        return bech32("bc", 0, hashlib.sha256(self.token(12).encode()).digest()[:20])

    def eth(self):
        while True:
            v = eip55(hashlib.sha256(self.token(12).encode()).hexdigest()[:40])
            body = v[2:]
            if any(c.isupper() for c in body) and any(c.islower() for c in body):
                return v

    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))


__all__ = ["Gen", "g4", "grouped", "luhn_ok"]
