#!/usr/bin/env python3
"""Round-20 (pii20q) honest check set for the structured PII types, written by hand (no templates, no shared data).

  python3 aisec-data/tools/handset20q.py aisec-data/src/test/resources/dev/aisec/data/pii/handset20q.jsonl

Written before any change of round 20 (pii20q), scored once on the starting jar (main ee3b253) and once at the end;
its texts are not used to choose fixes. Aim: the structured types (every type but PERSON, LOCATION, DATE_TIME) in
the layouts where blind probes still found errors, mixed with ordinary texts and many look-alikes:
- identifiers named more than one line away (a form section header, a label line above the value, a left column
  label followed by a run of spaces),
- whitespace-aligned tables whose header names the columns (and columns that name no PII: order, ticket, invoice),
- spaced and grouped values (IBANs in groups of four, lower case; phone numbers with +CC and odd groupings),
- numbers read out in words in call transcripts,
- Indian PANs of companies, trusts and firms; postcodes after a city without a comma,
- chats, e-mails, logs, CSV and JSON in en/de/fr/es/it/nl/pt with ordinary values,
- look-alikes: order, ticket, invoice, tracking, batch and serial numbers, versions, timestamps, prices, hashes.

Markup of handset_markup.py ([[TYPE|value]], %%name%%, UTF-16 offsets). Labels as in handset19: PERSON = a person's
name without title; LOCATION = a city, region, country, street address or postcode with its city (one span);
DATE_TIME = birth dates and a named person's own dates; every phone, e-mail, IP, MAC, card, IBAN, key, URL and
national ID (passport and driving-licence numbers after their keyword as US_PASSPORT / US_DRIVER_LICENSE, the
project's documented label policy). Every check-digit value is computed below and asserted valid.
"""
import sys

from handset_markup import write
from handset8 import card, iban, g4, grouped, nl_bsn, verhoeff, es_dni, es_nie, it_cf, luhn_ok, de_taxid, fr_nir, \
    au_tfn, ca_sin, nhs, sg_nric
from handset7_values import au_abn, au_medicare

V = {
    "visa": card("454617302209815"), "mc": card("552204177390284"), "amex": card("34119402774910"),
    "disc": card("601120558301947"), "visa2": card("417500339128846"), "mc2": card("272011486630599"),
    "bad_card": "4546173022098155",
    "de_iban": iban("DE", "500105175407324931"), "de_iban2": iban("DE", "120300000019283746"),
    "fr_iban": iban("FR", "30004028370001044718212"), "es_iban": iban("ES", "21000418450200051332"),
    "it_iban": iban("IT", "X0542811101000000123456"), "nl_iban": iban("NL", "ABNA0417164300"),
    "gb_iban": iban("GB", "MIDL40051512345678"), "be_iban": iban("BE", "310182765434"),
    "ch_iban": iban("CH", "00762011623852957"), "pt_iban": iban("PT", "000201231234567890154"),
    "ie_iban": iban("IE", "BOFI90001710027952"), "at_iban": iban("AT", "1904300234573201"),
    "se_iban": iban("SE", "50000000058398257466"), "pl_iban": iban("PL", "109010140000071219812874"),
    "de_tax": de_taxid("3651904873"), "de_tax2": de_taxid("9128305741"),
    "nir": fr_nir("1840375056124"), "dni": es_dni("53018274"), "dni2": es_dni("71904628"),
    "nie": es_nie("X", "3317892"), "cf": it_cf("RSSMRA85T10A562"), "bsn": nl_bsn("31857260"),
    "bsn2": nl_bsn("17364905"), "aad": verhoeff("58214730916"), "tfn": au_tfn("87624315"),
    "abn": au_abn("217459003"), "medi": au_medicare("37140586", "2"), "sin": ca_sin("27391845"),
    "sin2": ca_sin("61840372"), "nhs": nhs("738200461"), "nhs2": nhs("401937285"),
    "nric": sg_nric("S", "9182736"), "fin": sg_nric("F", "4471902"),
}
for k in ["visa", "mc", "disc", "visa2", "mc2"]:
    assert luhn_ok(V[k]) and len(V[k]) == 16, k
    V[k + "_sp"] = g4(V[k])
    V[k + "_dash"] = g4(V[k], "-")
assert luhn_ok(V["amex"]) and len(V["amex"]) == 15
V["amex_sp"] = grouped(V["amex"], [4, 6, 5])
assert not luhn_ok(V["bad_card"])
for k in [k for k in V if k.endswith("_iban") or k.endswith("_iban2")]:
    V[k + "_sp"] = g4(V[k])
    V[k + "_lsp"] = g4(V[k]).lower()
# an IBAN with one wrong digit (look-alike)
V["bad_iban_sp"] = g4(V["de_iban"][:10] + str((int(V["de_iban"][10]) + 1) % 10) + V["de_iban"][11:])
V["de_tax_sp"] = grouped(V["de_tax"], [2, 3, 3, 3])
V["nir_sp"] = grouped(V["nir"], [1, 2, 2, 2, 3, 3, 2])
V["bsn_dot"] = grouped(V["bsn"], [4, 2, 3], ".")
V["aad_sp"] = g4(V["aad"])
V["tfn_sp"] = grouped(V["tfn"], [3, 3, 3])
V["abn_sp"] = grouped(V["abn"], [2, 3, 3, 3])
V["medi_sp"] = grouped(V["medi"], [4, 5, 1])
V["sin_sp"] = grouped(V["sin"], [3, 3, 3])
V["sin2_dash"] = grouped(V["sin2"], [3, 3, 3], "-")
V["nhs_sp"] = grouped(V["nhs"], [3, 3, 4])
V["nhs2_sp"] = grouped(V["nhs2"], [3, 3, 4])
V["visa_spelled"] = ", ".join(" ".join(g) for g in g4(V["visa"]).split(" "))

TEXTS = [
    # ------------------------------------------------------------ 1. named more than one line away / left columns
    ("form", "BANK DETAILS\n\nAccount holder: [[PERSON|Greta Lindqvist]]\nIBAN:\n\n[[IBAN_CODE|%%se_iban_sp%%]]\nBIC: SWEDSESS"),
    ("form", "Tax identifiers\n---------------\nSteuer-ID      [[DE_TAX_ID|%%de_tax_sp%%]]\nTFN            [[AU_TFN|%%tfn_sp%%]]\n"
             "ABN            [[AU_ABN|%%abn_sp%%]]"),
    ("form", "Employee record\n\nFull name ..................... [[PERSON|Nathan Okoro]]\nSocial Insurance Number ....... [[CA_SIN|%%sin_sp%%]]\n"
             "Home phone .................... [[PHONE_NUMBER|(416) 555-0187]]\nEmployee no. .................. 004471"),
    ("form", "Patient details\nNHS number\n[[UK_NHS|%%nhs_sp%%]]\nGP surgery\nRiverside Medical Centre"),
    ("mail", "Hi,\n\nplease update my payout account. New details:\n\nBeneficiary: [[PERSON|Ruth Ambrose]]\nAccount (IBAN)\n"
             "    [[IBAN_CODE|%%gb_iban_sp%%]]\n\nThanks,\n[[PERSON|Ruth]]"),
    ("form", "Contact\n  Mobile:          [[PHONE_NUMBER|+44 7700 900123]]\n  Office:          [[PHONE_NUMBER|+44 161 496 0321]]\n"
             "  Ticket:          4471 2290 1183\n  Contract no.:    8817 4420 55"),
    ("form", "Identity documents\n\nBSN\t\t[[NL_BSN|%%bsn%%]]\nPassport number\t\t[[US_PASSPORT|NX8R4TP21]]\nValid until\t\t2031-03-14"),
    ("form", "Datos fiscales\n\nNIF:\n[[ES_NIF|%%dni%%]]\n\nCuenta de cargo:\n[[IBAN_CODE|%%es_iban_sp%%]]"),
    ("form", "Sozialversicherung / Steuer\n\nSteuerliche Identifikationsnummer\n[[DE_TAX_ID|%%de_tax2%%]]\nKrankenkasse: AOK Bayern\nMitgliedsnummer: 771204953"),
    ("form", "Medicare card\n   [[AU_MEDICARE|%%medi_sp%%]]\nTax File Number\n   [[AU_TFN|%%tfn%%]]"),
    ("chat", "[[PERSON|Jonas]]: what's the singapore id for the new contractor?\n[[PERSON|Mei Ling]]: here\n[[PERSON|Mei Ling]]: [[SG_NRIC_FIN|%%fin%%]]"),
    ("form", "Numéro de sécurité sociale\n\n[[FR_NIR|%%nir_sp%%]]\n\nCaisse : CPAM de la Gironde"),
    ("form", "Order summary\nOrder number\n4409 1187 2231\nInvoice\n2026-118-4471\nSupport line\n[[PHONE_NUMBER|0800 046 3318]]"),
    # ------------------------------------------------------------ 2. whitespace-aligned tables
    ("table", "Name               SSN            Phone\n[[PERSON|Carla Mendez]]       [[US_SSN|512-68-4407]]    [[PHONE_NUMBER|(602) 555-0143]]\n"
              "[[PERSON|Derek Haines]]       [[US_SSN|371-22-9058]]    [[PHONE_NUMBER|(312) 555-0178]]"),
    ("table", "Order        Ticket       Amount    Status\n4471203398   55012873     129.90    shipped\n4471203412   55012901     18.00     open\n"
              "4471203577   55013044     1,204.10  returned"),
    ("table", "Mitarbeiter      Telefon              Personalnr.\n[[PERSON|Uwe Brandt]]       [[PHONE_NUMBER|030 2219 4471]]        80417\n"
              "[[PERSON|Sabine Kohl]]      [[PHONE_NUMBER|0171 4482 190]]        80452"),
    ("table", "Invoice      Date         Customer     Total\n20261104     2026-11-04   30021187     442.10\n20261105     2026-11-05   30021203     88.00"),
    ("table", "ID    Holder             Card number            Exp\n1     [[PERSON|Ines Carvalho]]      [[CREDIT_CARD|%%visa_sp%%]]    08/28\n"
              "2     [[PERSON|Rui Tavares]]        [[CREDIT_CARD|%%mc2_sp%%]]    11/27"),
    ("table", "Host          IP               MAC\nweb-01        [[IP_ADDRESS|10.40.2.11]]       [[MAC_ADDRESS|00:1a:2b:3c:4d:5e]]\n"
              "db-02         [[IP_ADDRESS|10.40.2.25]]       [[MAC_ADDRESS|00:1a:2b:3c:4d:7f]]"),
    ("table", "Batch     Serial            Qty   Lot\nB-221     4402 8817 3309    40    L2026-11\nB-222     4402 8817 3355    25    L2026-11"),
    ("table", "Klant            BSN          Rekening\n[[PERSON|Pieter Smit]]      [[NL_BSN|%%bsn2%%]]    [[IBAN_CODE|%%nl_iban%%]]"),
    ("table", "Dept     Extension   Room\nHR       4471        2.14\nIT       4480        3.02\nSales    4492        1.07"),
    # ------------------------------------------------------------ 3. spaced and grouped values
    ("chat", "send it to [[IBAN_CODE|%%de_iban_lsp%%]] pls, thx"),
    ("mail", "Bitte überweisen Sie den Betrag auf [[IBAN_CODE|%%de_iban2_sp%%]] (Sparkasse)."),
    ("mail", "Virement sur le compte [[IBAN_CODE|%%fr_iban_sp%%]] avant le 5."),
    ("chat", "mijn rekening: [[IBAN_CODE|%%nl_iban_lsp%%]]"),
    ("mail", "Coordinate bancarie: [[IBAN_CODE|%%it_iban_sp%%]] intestato a [[PERSON|Marco Rossi]]"),
    ("mail", "IBAN [[IBAN_CODE|%%pt_iban_sp%%]] — titular [[PERSON|Joana Reis]]"),
    ("phone", "Rufen Sie mich an: [[PHONE_NUMBER|+49 (0) 30 1234 5678]]"),
    ("phone", "Mon portable : [[PHONE_NUMBER|+33 6 12 34 56 78]], bureau [[PHONE_NUMBER|+33 1 44 55 66 77]]"),
    ("phone", "Call me at [[PHONE_NUMBER|+44 7700 900456]] or the desk [[PHONE_NUMBER|+44 20 7946 0958]]"),
    ("phone", "tel. [[PHONE_NUMBER|030.2219.4471]] / mobil [[PHONE_NUMBER|0171.448.2190]]"),
    ("phone", "Office: [[PHONE_NUMBER|+1.415.555.0132]]"),
    ("phone", "Whatsapp [[PHONE_NUMBER|+34 612 34 56 78]] o fijo [[PHONE_NUMBER|91 123 45 67]]"),
    ("phone", "Il mio numero è [[PHONE_NUMBER|+39 347 123 4567]]"),
    ("phone", "Bel me op [[PHONE_NUMBER|+31 6 1234 5678]] of [[PHONE_NUMBER|020 - 123 45 67]]"),
    ("phone", "Reach our Sydney desk on [[PHONE_NUMBER|+61 2 9876 5432]] or mobile [[PHONE_NUMBER|0412 345 678]]."),
    ("phone", "Telefone: [[PHONE_NUMBER|+351 912 345 678]]"),
    ("phone", "Hotline (gebührenfrei): [[PHONE_NUMBER|0800 123 4567]]"),
    ("cards", "Card: [[CREDIT_CARD|%%disc_dash%%]], amex backup [[CREDIT_CARD|%%amex_sp%%]]"),
    # ------------------------------------------------------------ 4. numbers read out in call transcripts
    ("call", "Agent: Can I take a contact number?\nCaller: Yes, it's [[PHONE_NUMBER|oh seven seven double nine, oh one two, three four five]]."),
    ("call", "Agent: And your mobile?\nCaller: [[PHONE_NUMBER|zero one seven one, four four eight, two one nine zero]]"),
    ("call", "Agent: what's your card number?\nCaller: [[CREDIT_CARD|%%visa_spelled%%]]"),
    ("call", "Caller: I'm calling about order four four seven one two.\nAgent: Thanks, one moment please."),
    ("call", "Agent: Can you confirm your national insurance number?\nCaller: [[UK_NINO|K L 4 8 2 0 1 7 C]]"),
    ("call", "Agent: Your reference is nine nine two one.\nCaller: Great, and the total was twenty two fifty."),
    # ------------------------------------------------------------ 5. PAN of companies / trusts / firms; postcodes
    ("ids", "Vendor master: Sundaram Textiles Pvt Ltd, PAN [[IN_PAN|AADCS4821K]], GSTIN 33AADCS4821K1Z6"),
    ("ids", "Trust deed registered; trust PAN: [[IN_PAN|AAATR7719M]]; trustee [[PERSON|Lakshmi Narayanan]] (PAN [[IN_PAN|BQRPN2244D]])"),
    ("ids", "Firm PAN [[IN_PAN|AAFFG6032P]] - partnership firm, Pune"),
    ("addr", "Ship to: 2-4-8 Umeda, Kita-ku, [[LOCATION|Osaka 530-0001]], Japan"),
    ("addr", "〒[[LOCATION|150-0002]] 東京都渋谷区渋谷2-21-1"),
    # ------------------------------------------------------------ ordinary texts with structured values
    ("chat", "hey its [[PERSON|kofi]], new number [[PHONE_NUMBER|07700 900 312]] 📱 save it"),
    ("chat", "my email changed -> [[EMAIL_ADDRESS|l.fontaine@orange.fr]] 🙏"),
    ("chat", "wie is de eigenaar van [[IP_ADDRESS|145.97.32.18]]? die blijft maar inloggen"),
    ("mail", "Dear team, the SSN on file for [[PERSON|Jerome Pratt]] is [[US_SSN|431-80-2267]], please keep it on file."),
    ("mail", "Guten Tag, meine Steuer-ID lautet [[DE_TAX_ID|%%de_tax%%]]. Mit freundlichen Grüßen, [[PERSON|Heike Sommer]]"),
    ("mail", "Hola, adjunto mi NIE [[ES_NIF|%%nie%%]] y el DNI de mi mujer [[ES_NIF|%%dni2%%]]."),
    ("mail", "Buongiorno, il codice fiscale è [[IT_FISCAL_CODE|%%cf%%]]."),
    ("mail", "Aadhaar: [[IN_AADHAAR|%%aad_sp%%]]\nMobile: [[PHONE_NUMBER|+91 98201 44718]]"),
    ("mail", "SIN [[CA_SIN|%%sin2_dash%%]] for payroll. Thanks!"),
    ("mail", "NRIC [[SG_NRIC_FIN|%%nric%%]], HP [[PHONE_NUMBER|+65 8123 4471]]"),
    ("mail", "The patient's NHS no. is [[UK_NHS|%%nhs2_sp%%]], NI number [[UK_NINO|AB 48 20 17 D]]."),
    ("log", "2026-11-27T22:41:09Z WARN login failed user=[[EMAIL_ADDRESS|ops@meridian-health.org]] src=[[IP_ADDRESS|198.51.100.23]] attempts=5"),
    ("log", "Nov 27 22:44:10 gw kernel: [UFW BLOCK] IN=eth0 SRC=[[IP_ADDRESS|203.0.113.9]] DST=[[IP_ADDRESS|192.0.2.10]] LEN=60 TTL=49 ID=54321 PROTO=TCP SPT=44123 DPT=22"),
    ("log", "export AWS_ACCESS_KEY_ID=[[API_KEY|AKIAQ7RXW2MZ4KPL3VTB]]"),
    ("log", "token=[[API_KEY|ghp_9fK2mQ7xL4vR8tW1zB6nC3yH5jD0sA2eP7uX]] repo=acme/billing"),
    ("log", "[INFO] callback from [[URL|https://hooks.partner.example.net/v2/notify]] took 412 ms"),
    ("csv", "customer_id,name,iban,phone\n88120,[[PERSON|Lotte Janssen]],[[IBAN_CODE|%%be_iban%%]],[[PHONE_NUMBER|+32 470 12 34 56]]\n"
            "88121,[[PERSON|Koen Peeters]],[[IBAN_CODE|%%be_iban_sp%%]],[[PHONE_NUMBER|0471 22 33 44]]"),
    ("csv", "ticket;kunde;telefon;betreff\n55120;[[PERSON|Franz Huber]];[[PHONE_NUMBER|+43 664 1234567]];Rückruf erbeten\n"
            "55121;[[PERSON|Maria Gruber]];[[PHONE_NUMBER|0664 7654321]];Rechnung unklar"),
    ("json", "{\"account\":{\"owner\":\"[[PERSON|Siddharth Rao]]\",\"pan\":\"[[IN_PAN|ALRPR5510Q]]\",\"ifsc\":\"HDFC0001234\",\"acct\":\"50100234567812\"}}"),
    ("json", "{\"card\":{\"pan\":\"[[CREDIT_CARD|%%visa2%%]]\",\"exp\":\"07/29\",\"cvv\":\"***\"},\"order\":\"A-77120\"}"),
    ("json", "{\"iban\": \"[[IBAN_CODE|%%ch_iban_sp%%]]\", \"holder\": \"[[PERSON|Reto Meier]]\", \"ref\": \"RF18 5390 0754 7034\"}"),
    ("json", "{\"contact\":{\"phone\":\"[[PHONE_NUMBER|+353 87 123 4567]]\",\"email\":\"[[EMAIL_ADDRESS|siobhan.k@eircom.net]]\"}}"),
    # ------------------------------------------------------------ look-alikes (no structured PII)
    ("neg", "Order #4471-2290-1183 confirmed. Tracking: 1Z 999 AA1 01 2345 6784. Delivery Tue."),
    ("neg", "Invoice 2026/11/0443 — amount 1.204,50 EUR — due 15.12.2026"),
    ("neg", "Build 24.11.3 (rev 448120) deployed to 3 of 5 nodes in 00:04:12"),
    ("neg", "Ticket INC0044712 escalated; SLA 4 h; affected users: 128"),
    ("neg", "Coordinates 52.5200, 13.4050 — elevation 34 m"),
    ("neg", "Serial number: SN 4402 8817 3309 4471, firmware 3.2.1"),
    ("neg", "The card ending in 4471 was declined; try the one ending 0918."),
    ("neg", "Reference: " + V["bad_iban_sp"] + " (payment rejected: invalid IBAN)"),
    ("neg", "Test card " + V["bad_card"] + " fails the Luhn check, as expected."),
    ("neg", "Meeting ID: 845 2290 1183  Passcode: 447120"),
    ("neg", "ISBN 978-1-4028-9462-6, 2nd edition, 412 pages"),
    ("neg", "Population 1 234 567 (2021 census), area 891,8 km²"),
    ("neg", "Batch 20261127-0912 passed QC; next batch 20261128-0101"),
    ("neg", "Kundennummer 30021187, Vertragsnummer 4471 2290 55"),
    ("neg", "Numéro de commande : 112 448 903 211 — merci pour votre achat"),
    ("neg", "Pedido 2026-004471 enviado; seguimiento ES447120981CN"),
    ("neg", "git commit 4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 on branch release/4.2"),
    ("neg", "uuid 5f1c2e9a-7b3d-4e8f-a1c2-9d8e7f6a5b4c processed in 1.2 s"),
    ("neg", "Price list: 4 471,00 € / 12 290,50 € / 880,00 €"),
    ("neg", "Run 1732745291 finished: 4471 ok, 12 failed, 0 skipped"),
    ("neg", "PAN card application form 49A, fee 107 INR"),
    ("neg", "Model RX-4471-B, part no. 220-118-4471, weight 2.2 kg"),
    ("neg", "Room 4.17, floor 4, building 2 — access code 2290#"),
    ("neg", "Stock: 4,471 units at warehouse 12, reorder point 1,180"),
]


if __name__ == "__main__":
    write(sys.argv[1], TEXTS, V, "handset20q")
