#!/usr/bin/env python3
"""Round-21 (pii21f) honest check set: format variants of the structured PII types, written by hand.

  python3 aisec-data/tools/handset21f.py aisec-data/src/test/resources/dev/aisec/data/pii/handset21f.jsonl

Written before any change of round 21 (pii21f) and scored once on the starting jar (main d85b7a9) and once at the
end; its rows are not used to choose fixes. Aim: every structured type in the ways people and systems write it:
grouped with spaces, dashes, dots or slashes, unseparated, lower or upper case, inside URLs and query strings, in
quotes, after "#", in parentheses, at a line end with punctuation, in all-caps forms, with labels in
en/de/fr/es/it/nl/pt; MAC addresses in dotted pairs, Cisco dotted quads and without separators under a "mac" key;
and look-alikes of each shape (invalid check digits; order, ticket, version, serial numbers in the same shapes).

Markup of handset_markup.py ([[TYPE|value]], %%name%%, UTF-16 offsets). Labels as in handset19/20q. Every
check-digit value is computed below from a base chosen by hand and asserted valid (or, for look-alikes, invalid).
The Ethereum address's EIP-55 case comes from the Keccak-256 written below (own code, checked against the known
digest of the empty string).
"""
import hashlib
import sys

from handset_markup import write
from handset8 import card, iban, g4, grouped, nl_bsn, verhoeff, es_dni, es_nie, it_cf, luhn_ok, de_taxid, fr_nir, \
    au_tfn, ca_sin, nhs, sg_nric, _mod97
from handset7_values import au_abn, au_medicare, bech32, b58check

# ------------------------------------------------------------------ Keccak-256 (original padding 0x01, not SHA3)
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
       0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
       0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
       0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
M64 = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & M64 if n else v


def _f(a):
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        a[0][0] ^= rc
    return a


def keccak256(data):
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\x00"
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        a = _f(a)
    out = b""
    for i in range(4):
        out += a[i % 5][i // 5].to_bytes(8, "little")
    return out


assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


def eip55(hex40):
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(h[i], 16) >= 8 else ch for i, ch in enumerate(hex40.lower()))


# ------------------------------------------------------------------ values
def de_tax_check_ok(v):
    product = 10
    for ch in v[:10]:
        s = (int(ch) + product) % 10
        product = ((s or 10) * 2) % 11
    return (11 - product) % 10 == int(v[10])


def bump_last(v):
    return v[:-1] + str((int(v[-1]) + 1) % 10)


V = {
    "visa": card("492817360045127"), "mc": card("531846002719934"), "amex": card("37214409918263"),
    "disc": card("601155027731846"), "mc2": card("222741093355810"), "visa2": card("448290017723645"),
    "de_iban": iban("DE", "370400440532013000"), "fr_iban": iban("FR", "20041010050500013M02606"),
    "es_iban": iban("ES", "01822370420201504783"), "nl_iban": iban("NL", "RABO0318455127"),
    "it_iban": iban("IT", "K0306905020100000011843"), "pt_iban": iban("PT", "003506510000452918735"),
    "be_iban": iban("BE", "539007547034"), "gb_iban": iban("GB", "NWBK60161331926819"),
    "at_iban": iban("AT", "6119043002345732"), "ch_iban": iban("CH", "00483000123456789"),
    "de_tax": de_taxid("5734018295"), "de_tax2": de_taxid("2908514762"), "de_tax3": de_taxid("8162473508"),
    "nir": fr_nir("2910775116238"), "nir2": fr_nir("1780569123457"),
    "dni": es_dni("48291736"), "dni2": es_dni("30517492"), "nie": es_nie("Y", "2047183"), "nie2": es_nie("Z", "7729104"),
    "cf": it_cf("BNCGLI90A41F205"), "cf2": it_cf("VRDLCU78C15H501"),
    "bsn": nl_bsn("20718453"), "bsn2": nl_bsn("61329047"),
    "aad": verhoeff("48217305916"), "aad2": verhoeff("73910264582"),
    "tfn": au_tfn("45930127"), "tfn2": au_tfn("72104593"),
    "abn": au_abn("824753556"), "medi": au_medicare("21734056", "1"), "medi2": au_medicare("59021837", "3"),
    "sin": ca_sin("39284715"), "sin2": ca_sin("52019384"),
    "nhs": nhs("485777345"), "nhs2": nhs("943602817"),
    "nric": sg_nric("S", "8273104"), "nric2": sg_nric("T", "0418276"), "fin": sg_nric("G", "5720193"),
    "bc1": bech32("bc", 0, hashlib.sha256(b"pii21f-one").digest()[:20]),
    "bc1b": bech32("bc", 0, hashlib.sha256(b"pii21f-two").digest()[:20]),
    "btc": b58check(b"\x00" + hashlib.sha256(b"pii21f-three").digest()[:20]),
    "eth": eip55(hashlib.sha256(b"pii21f-four").hexdigest()[:40]),
    "eth2": eip55(hashlib.sha256(b"pii21f-five").hexdigest()[:40]),
}
for k in ["visa", "mc", "disc", "mc2", "visa2"]:
    assert luhn_ok(V[k]) and len(V[k]) == 16, k
assert luhn_ok(V["amex"]) and len(V["amex"]) == 15
for k in ["de_tax", "de_tax2", "de_tax3"]:
    assert de_tax_check_ok(V[k]), k
eth_body = V["eth"][2:]
assert any(c.isupper() for c in eth_body) and any(c.islower() for c in eth_body), V["eth"]

# grouped and cased variants
V["visa_sp"] = g4(V["visa"])
V["visa_dot"] = g4(V["visa"], ".")
V["mc_dash"] = g4(V["mc"], "-")
V["amex_465"] = grouped(V["amex"], [4, 6, 5])
V["amex_465d"] = grouped(V["amex"], [4, 6, 5], "-")
V["disc_sp"] = g4(V["disc"])
V["mc2_sp"] = g4(V["mc2"])
V["bad_card_sp"] = g4(bump_last(V["visa2"]))
assert not luhn_ok(bump_last(V["visa2"]))
V["de_iban_sp"] = g4(V["de_iban"])
V["de_iban_l"] = V["de_iban"].lower()
V["fr_iban_sp"] = g4(V["fr_iban"])
V["es_iban_lsp"] = g4(V["es_iban"]).lower()
V["nl_iban_sp"] = g4(V["nl_iban"])
V["it_iban_sp"] = g4(V["it_iban"])
V["pt_iban_sp"] = g4(V["pt_iban"])
V["gb_iban_sp"] = g4(V["gb_iban"])
V["ch_iban_sp"] = g4(V["ch_iban"])
bad_iban = V["be_iban"][:6] + str((int(V["be_iban"][6]) + 3) % 10) + V["be_iban"][7:]
assert _mod97(bad_iban[4:] + bad_iban[:4]) != 1
V["bad_iban_sp"] = g4(bad_iban)
V["de_tax_sl"] = grouped(V["de_tax"], [2, 3, 3, 3], "/")
V["de_tax2_sp"] = grouped(V["de_tax2"], [2, 3, 3, 3])
V["de_tax3_433"] = grouped(V["de_tax3"], [4, 4, 3])
V["de_tax3_sp3"] = grouped(V["de_tax3"], [3, 3, 3, 2])
bad_tax = bump_last(V["de_tax2"])
assert not de_tax_check_ok(bad_tax)
V["bad_tax_sp"] = grouped(bad_tax, [2, 3, 3, 3])
# an old-style state tax number (Steuernummer, 3/3/5 = 11 digits) whose digits fail the Steuer-ID check
stnr = "18181508155"
assert not de_tax_check_ok(stnr)
V["stnr"] = grouped(stnr, [3, 3, 5], "/")
V["nir_sp"] = grouped(V["nir"], [1, 2, 2, 2, 3, 3, 2])
V["nir2_key"] = V["nir2"][:13] + " " + V["nir2"][13:]
bad_nir = V["nir"][:13] + "%02d" % ((int(V["nir"][13:]) + 5) % 97)
V["bad_nir_sp"] = grouped(bad_nir, [1, 2, 2, 2, 3, 3, 2])
V["dni_dot"] = V["dni"][:2] + "." + V["dni"][2:5] + "." + V["dni"][5:8] + "-" + V["dni"][8]
V["dni2_l"] = V["dni2"].lower()
V["nie_dash"] = V["nie"][0] + "-" + V["nie"][1:8] + "-" + V["nie"][8]
V["cf_l"] = V["cf"].lower()
V["cf2_sp"] = grouped(V["cf2"], [3, 3, 5, 5])
V["bsn_dot"] = grouped(V["bsn"], [4, 2, 3], ".")
V["bsn2_sp"] = grouped(V["bsn2"], [3, 3, 3])
V["aad_sp"] = g4(V["aad"])
V["aad2_dash"] = g4(V["aad2"], "-")
V["tfn_dash"] = grouped(V["tfn"], [3, 3, 3], "-")
V["tfn2_sp"] = grouped(V["tfn2"], [3, 3, 3])
V["abn_sp"] = grouped(V["abn"], [2, 3, 3, 3])
V["medi_sp"] = grouped(V["medi"], [4, 5, 1])
V["medi2_dash"] = grouped(V["medi2"], [4, 5, 1], "-")
V["sin_sp"] = grouped(V["sin"], [3, 3, 3])
V["sin2_dash"] = grouped(V["sin2"], [3, 3, 3], "-")
V["nhs_sp"] = grouped(V["nhs"], [3, 3, 4])
V["nhs2_dash"] = grouped(V["nhs2"], [3, 3, 4], "-")
V["nric_l"] = V["nric"].lower()
V["bc1_u"] = V["bc1"].upper()
V["bad_ssn"] = "000-12-3456"

TEXTS = [
    # ------------------------------------------------------------ MAC addresses
    ("mac", "Neues Gerät im WLAN: MAC [[MAC_ADDRESS|a4.5e.60.c2.19.f7]], Hersteller unbekannt."),
    ("mac", "sw-core-02#show mac address-table | i Gi1/0/14\n  20    [[MAC_ADDRESS|3c22.fb0a.91d4]]    DYNAMIC     Gi1/0/14"),
    ("mac", "{\"device\": \"pump-3\", \"mac\": \"[[MAC_ADDRESS|001b44113ab7]]\", \"fw\": \"4.2.11\"}"),
    ("mac", "DHCPACK on [[IP_ADDRESS|192.168.20.57]] to [[MAC_ADDRESS|F0-9F-C2-1D-7A-3E]] (printer-3f) via eth1"),
    ("mac", "Adresse MAC de la borne : [[MAC_ADDRESS|B8:27:EB:4C:90:12]]."),
    ("mac", "mac_address=[[MAC_ADDRESS|5C:CF:7F:0A:4E:21]]&ssid=Gast&vlan=30"),
    # ------------------------------------------------------------ DE_TAX_ID
    ("de", "Steuer-ID: [[DE_TAX_ID|%%de_tax_sl%%]]"),
    ("de", "Meine steuerliche Identifikationsnummer lautet [[DE_TAX_ID|%%de_tax2_sp%%]]."),
    ("de", "STEUERLICHE IDENTIFIKATIONSNUMMER (IDNR): [[DE_TAX_ID|%%de_tax3_433%%]]"),
    ("de", "Hi [[PERSON|Jana]], für die Lohnabrechnung brauche ich noch deine Steuer-ID ([[DE_TAX_ID|%%de_tax3_sp3%%]]), danke!"),
    ("de", "Finanzamt Köln-Mitte, Steuernummer %%stnr%%, Veranlagungszeitraum 2025"),
    ("de", "Die IdNr. %%bad_tax_sp%% wurde vom BZSt als ungültig zurückgewiesen."),
    # ------------------------------------------------------------ other national IDs
    ("fr", "N° de sécurité sociale : [[FR_NIR|%%nir_sp%%]]"),
    ("fr", "NIR [[FR_NIR|%%nir2_key%%]] (clé incluse) — caisse primaire de Lyon"),
    ("fr", "Le numéro %%bad_nir_sp%% est refusé : clé de contrôle erronée."),
    ("es", "DNI: [[ES_NIF|%%dni_dot%%]] | Tel. [[PHONE_NUMBER|612 34 56 78]]"),
    ("es", "mi dni es [[ES_NIF|%%dni2_l%%]] por si lo necesitas"),
    ("es", "Titular con NIE [[ES_NIE|%%nie_dash%%]], residencia en vigor."),
    ("es", "Número de identidad de extranjero (NIE): [[ES_NIE|%%nie2%%]]"),
    ("it", "Codice fiscale: [[IT_FISCAL_CODE|%%cf_l%%]]"),
    ("it", "C.F. [[IT_FISCAL_CODE|%%cf2_sp%%]] — Partita IVA non applicabile"),
    ("nl", "Burgerservicenummer: [[NL_BSN|%%bsn_dot%%]]"),
    ("nl", "Uw BSN ([[NL_BSN|%%bsn2_sp%%]]) staat op uw paspoort."),
    ("in", "Aadhaar No.: [[IN_AADHAAR|%%aad_sp%%]]"),
    ("in", "https://kyc.example.in/verify?aadhaar=[[IN_AADHAAR|%%aad2_dash%%]]&otp=1"),
    ("in", "Please quote your PAN ([[IN_PAN|BKRPS4417M]]) on all invoices."),
    ("au", "TFN: [[AU_TFN|%%tfn_dash%%]]"),
    ("au", "My tax file number is [[AU_TFN|%%tfn2_sp%%]]."),
    ("au", "ABN [[AU_ABN|%%abn_sp%%]] — GST registered"),
    ("au", "Medicare card no. [[AU_MEDICARE|%%medi_sp%%]], IRN 1"),
    ("au", "MEDICARE NUMBER: [[AU_MEDICARE|%%medi2_dash%%]]"),
    ("ca", "SIN: [[CA_SIN|%%sin_sp%%]]"),
    ("ca", "Numéro d'assurance sociale (NAS) : [[CA_SIN|%%sin2_dash%%]]"),
    ("sg", "Applicant (NRIC: [[SG_NRIC_FIN|%%nric%%]]) has been approved."),
    ("sg", "nric [[SG_NRIC_FIN|%%nric_l%%]] pls check"),
    ("sg", "FIN no. [[SG_NRIC_FIN|%%fin%%]]; pass type: S Pass"),
    ("uk", "NHS No: [[UK_NHS|%%nhs_sp%%]]"),
    ("uk", "Patient NHS number [[UK_NHS|%%nhs2_dash%%]] — referral to cardiology"),
    ("uk", "National Insurance number: [[UK_NINO|JG 10 37 92 A]]"),
    ("uk", "ni no. [[UK_NINO|tm493017c]]"),
    ("us", "SSN [[US_SSN|512 68 4407]] on file"),
    ("us", "ssn#[[US_SSN|372-91-5584]]"),
    ("us", "ITIN: [[US_ITIN|912-74-3308]]"),
    ("us", "NYS DMV DRIVER ABSTRACT\nClient ID: [[US_DRIVER_LICENSE|742 118 905]]\nClass: D\nStatus: VALID"),
    ("us", "Reference #%%bad_ssn%% is a test record."),
    # ------------------------------------------------------------ IBAN
    ("iban", "iban: [[IBAN_CODE|%%de_iban_l%%]]"),
    ("iban", "IBAN:[[IBAN_CODE|%%fr_iban_sp%%]]"),
    ("iban", "Por favor, transfiere a [[IBAN_CODE|%%es_iban_lsp%%]]."),
    ("iban", "Rekeningnummer ([[IBAN_CODE|%%nl_iban_sp%%]]) t.n.v. [[PERSON|J. de Vries]]"),
    ("iban", "Bonifico su \"[[IBAN_CODE|%%it_iban_sp%%]]\" entro venerdì"),
    ("iban", "https://pay.example.com/sepa?iban=[[IBAN_CODE|%%pt_iban%%]]&amount=40"),
    ("iban", "SORT CODE 60-16-13  ACCOUNT 31926819  IBAN [[IBAN_CODE|%%gb_iban_sp%%]]"),
    ("iban", "Konto: [[IBAN_CODE|%%ch_iban_sp%%]]; BIC UBSWCHZH80A"),
    ("iban", "The IBAN %%bad_iban_sp%% failed validation."),
    # ------------------------------------------------------------ cards
    ("card", "Card: [[CREDIT_CARD|%%visa_dot%%]] exp 09/29"),
    ("card", "Karte [[CREDIT_CARD|%%mc_dash%%]], gültig bis 03/28"),
    ("card", "AMEX [[CREDIT_CARD|%%amex_465%%]] (CID 4417)"),
    ("card", "carte bancaire n° [[CREDIT_CARD|%%amex_465d%%]]"),
    ("card", "{\"card_number\": \"[[CREDIT_CARD|%%disc%%]]\", \"exp\": \"11/27\"}"),
    ("card", "| Name | Card |\n|---|---|\n| [[PERSON|Olga Berg]] | \"[[CREDIT_CARD|%%mc2_sp%%]]\" |"),
    ("card", "pagué con la tarjeta [[CREDIT_CARD|%%disc_sp%%]]."),
    ("card", "Order #%%bad_card_sp%% shipped."),
    # ------------------------------------------------------------ phones
    ("phone", "Tel.: [[PHONE_NUMBER|+44 (0)20 7946 0958]]"),
    ("phone", "Festnetz [[PHONE_NUMBER|+49 (0)89 2180 4471]], mobil [[PHONE_NUMBER|0151 23456789]]"),
    ("phone", "Call [[PHONE_NUMBER|415.555.0132 x204]] after 5pm"),
    ("phone", "Main office: [[PHONE_NUMBER|(212) 555-0148 ext. 12]]"),
    ("phone", "Téléphone : [[PHONE_NUMBER|06 12 34 56 78]]."),
    ("phone", "Mi móvil es el [[PHONE_NUMBER|+34 612 345 678]]"),
    ("phone", "Telefono: [[PHONE_NUMBER|+39 06 6982 1234]]"),
    ("phone", "bel me op [[PHONE_NUMBER|06-12345678]]!"),
    ("phone", "WhatsApp: [[PHONE_NUMBER|+91 98765 43210]]"),
    ("phone", "mobile [[PHONE_NUMBER|0412 345 678]] (AU)"),
    ("phone", "Contacto: [[PHONE_NUMBER|+351 912 345 678]]"),
    ("phone", "tel:[[PHONE_NUMBER|+6591234567]]"),
    ("phone", "Order line 1-800-FLOWERS, or call our store at [[PHONE_NUMBER|(617) 555-0193]]."),
    ("phone", "Ticket #0612 345 678 closed, version 2.14.8."),
    # ------------------------------------------------------------ crypto
    ("crypto", "Send to [[CRYPTO|%%bc1_u%%]] (uppercase QR)"),
    ("crypto", "bitcoin:[[CRYPTO|%%bc1b%%]]?amount=0.015"),
    ("crypto", "ETH payout address: [[CRYPTO|%%eth%%]]."),
    ("crypto", "wallet \"[[CRYPTO|%%btc%%]]\""),
    # ------------------------------------------------------------ look-alikes
    ("neg", "Serial 3c22.fb0a.91d4 appears in the firmware image, not a device id."),
    ("neg", "Build 24.11.28.01.55.09 passed all tests."),
    ("neg", "commit 001b44113ab7 merged into main"),
    ("neg", "Rechnungsnummer %%de_tax2_sp%%, Zahlungsziel 14 Tage"),
    ("neg", "Ticket #512-68-4407 was reopened by support."),
    ("neg", "Tracking 4857773456 / 4857773457, carrier DHL"),
    ("neg", "Version 4.12.2 released on the 3rd; changelog at docs/changes.md#4122"),
    ("neg", "Bestellnummer 4492-8173-6004-5127 — bitte bei Rückfragen angeben"),
]

if __name__ == "__main__":
    write(sys.argv[1], TEXTS, V, "handset21f")
