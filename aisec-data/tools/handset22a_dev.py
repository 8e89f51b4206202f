#!/usr/bin/env python3
"""Round-22 (pii22a) tuned set: written after handset22a was scored once, and looked at freely while fixing.

  python3 aisec-data/tools/handset22a_dev.py aisec-data/src/test/resources/dev/aisec/data/pii/handset22a-dev.jsonl

Same markup and labels as handset22a.py; other values (seed 2212) and other texts, aimed at the kinds of text where
the honest set's per-type figures were low (driving licences of many US states and countries, phone look-alikes,
NHS numbers, passports, URLs, e-mail) plus look-alikes of each. Not an honest figure: the detector was tuned on it.
"""
import sys

from handset_markup import write
from handset22a_values import Gen, g4, grouped

g = Gen(2212)
V = {}
for i in range(1, 6):
    V["visa%d" % i] = g.card("4", 16)
    V["nhs%d" % i] = g.nhs()
    V["ssn%d" % i] = g.ssn()
    V["iban_de%d" % i] = g.iban("DE")
    V["dni%d" % i] = g.dni()
    V["nino%d" % i] = g.nino()
V["nhs1_sp"] = grouped(V["nhs1"], [3, 3, 4])
V["nhs2_sp"] = grouped(V["nhs2"], [3, 3, 4])
V["bad1"] = g.bad_card("4", 16)

TEXTS = [
    # driving licences, many layouts
    ("dl", "Driver's License #: [[US_DRIVER_LICENSE|F255-921-50-094-0]] (FL), exp 2029"),
    ("dl", "Applicant DL: [[US_DRIVER_LICENSE|S530-4418-2207]] state IL"),
    ("dl", "License No. [[US_DRIVER_LICENSE|D1234-56789-01234]] issued by NJ MVC"),
    ("dl", "Michigan operator's license [[US_DRIVER_LICENSE|B 612 448 207 193]]"),
    ("dl", "DLN: [[US_DRIVER_LICENSE|123 456 789]] (New York)"),
    ("dl", "PA DL [[US_DRIVER_LICENSE|99 887 766]] class C"),
    ("dl", "Driver License Number: [[US_DRIVER_LICENSE|WDLABCD456DG]] — Washington"),
    ("dl", "CDL # [[US_DRIVER_LICENSE|C05512841]] (Arizona), endorsements H, N"),
    ("dl", "Ohio BMV license: [[US_DRIVER_LICENSE|TP448120]]"),
    ("dl", "Wisconsin DL [[US_DRIVER_LICENSE|M215-4471-2093-04]]"),
    ("dl", "Licence number (Québec): [[US_DRIVER_LICENSE|L1234-567890-12]]"),
    ("dl", "Führerscheinnummer: [[US_DRIVER_LICENSE|J0108RX2K41]]"),
    ("dl", "N° de permis : [[US_DRIVER_LICENSE|091375200447]]"),
    ("dl", "Número de permiso de conducción: [[US_DRIVER_LICENSE|%%dni1%%]]"),
    ("dl", "Patente n. [[US_DRIVER_LICENSE|RM4471209X]] rilasciata dalla Motorizzazione di Roma"),
    ("dl", "Driving licence number [[US_DRIVER_LICENSE|SMITH802159JA9QX]] (DVLA)"),
    ("dl", "Name          State  License\n[[PERSON|Dana Ortiz]]    NJ     [[US_DRIVER_LICENSE|O4471 20931 82045]]\n[[PERSON|Paul Reyes]]    MI     [[US_DRIVER_LICENSE|R 120 931 882 045]]\n[[PERSON|Amy Fox]]       NY     [[US_DRIVER_LICENSE|441 208 937]]"),
    ("dl", "driver,state,dl_number,expires\n[[PERSON|Sam Lee]],PA,[[US_DRIVER_LICENSE|31 204 478]],2028-02\n[[PERSON|Kim Park]],MD,[[US_DRIVER_LICENSE|K-512-448-207-193]],2027-10"),
    ("dl", "my licence is [[US_DRIVER_LICENSE|P12-44-8207]] and plate 7ABC123"),
    # passports
    ("pp", "Passport No: [[US_PASSPORT|X4471208]] / Nationality: IND"),
    ("pp", "pasaporte [[US_PASSPORT|PAB448120]], NIE en trámite"),
    ("pp", "Passeport : [[US_PASSPORT|21FR44812]] ; vol AF 1148, réservation QX4T7L"),
    ("pp", "Booking ref 88ABXQ7 for passenger with passport [[US_PASSPORT|548812093]]"),
    ("pp", "Reisepass-Nr. [[US_PASSPORT|C7K1N9R2T]], Personalausweis T22000129"),
    # NHS
    ("nhs", "NHS No. [[UK_NHS|%%nhs1_sp%%]]"),
    ("nhs", "Patient: [[PERSON|Mary Jones]] — NHS [[UK_NHS|%%nhs2%%]] — hospital no. RX1 4471208"),
    ("nhs", "nhs number [[UK_NHS|%%nhs3%%]] pls update the record"),
    ("nhs", "Referral for [[PERSON|George Wood]] ([[UK_NHS|%%nhs4%%]]), DOB [[DATE_TIME|12/03/1950]]"),
    # phones and look-alikes
    ("ph", "Call me on [[PHONE_NUMBER|07824 448207]] after 6pm, or email [[EMAIL_ADDRESS|rob.hill@btinternet.com]]"),
    ("ph", "Rückruf unter [[PHONE_NUMBER|0511 447120]] – Vorgang 2026-4471-12"),
    ("ph", "Order 5520 1187 3349 — qty 4, total 96.40"),
    ("ph", "Your confirmation code is 71 5502 9918, keep it safe."),
    ("ph", "Referência MB 5502 1187 993, montante 42,00 €"),
    ("ph", "Número de folio 2025-207-5531 registrado."),
    ("ph", "acct 3391 0042, BSB 033-112"),
    ("ph", "code 550917 valid for 10 minutes"),
    ("ph", "refund id 2231159948 processed"),
    ("ph", "Member card 7011 5502 3398 2047 renewed."),
    ("ph", "Voucher 6104 5520 1198 3304 redeemed."),
    ("ph", "POS terminal 77201559 closed batch 12."),
    ("ph", "Kundennummer 5502-1187-993, Zählerstand 44120"),
    ("ph", "baggage tag 0125 559031 (LH)"),
    ("ph", "reservation 77015593 confirmed, check-out 11:00"),
    ("ph", "Mitgliedsnr. M550211879, Tel. [[PHONE_NUMBER|030 5520 1187]]"),
    ("ph", "payroll account 77201 5502 RP0002"),
    ("ph", "receipt number IOE0915520118, A-number A205511879"),
    ("ph", "Konto 5520 1187 bei der Volksbank, BLZ 600 901 00"),
    ("ph", "Hotline 0800 550 1187 (kostenlos), mein Handy [[PHONE_NUMBER|0172 5520 1187]]"),
    ("ph", "Sendung 5520 1187 3349 9012 55"),
    # URL and e-mail
    ("url", "the NAS UI is [[URL|http://192.168.0.20:5000]]"),
    ("url", "see [[URL|https://status.acme.io/incidents/4471]] for details"),
    ("url", "portal: [[URL|http://10.0.0.5:8080/login]]"),
    ("mail", "From: noreply@parcelhub.com\nTo: [[EMAIL_ADDRESS|jo.mills@gmail.com]]\nSubject: delivery"),
    # NIF/NIE look-alikes and positives
    ("es", "DNI [[ES_NIF|%%dni2%%]], pedido 55201187-B en curso"),
    ("es", "Código postal 28013, referencia catastral 9872023VH5797S0001WX"),
    # SSN
    ("ssn", "social: [[US_SSN|%%ssn1%%]], EIN 98-7654321"),
    ("neg", "Card-like number %%bad1%% failed validation."),
]

if __name__ == "__main__":
    write(sys.argv[1], TEXTS, V, "handset22a-dev")
