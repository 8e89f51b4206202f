#!/usr/bin/env python3
"""Round-21 (pii21q) honest check set: structured PII in machine-ish layouts, written by hand.

  python3 aisec-data/tools/handset21q.py aisec-data/src/test/resources/dev/aisec/data/pii/handset21q.jsonl

Written and committed before any change of round 21 (pii21q); scored once on main's jar (746d8f6) and once on the
final jar, never used to choose fixes (the tuning set is t21q.py). Layouts the older sets cover least: JSON-lines and
logfmt logs, syslog, HL7 / EDI / fixed-width records, SQL INSERT dumps, Markdown tables, .properties / .ini / TOML,
e-mail headers and signatures, chat exports with timestamps and emoji, call transcripts, forms in
fr/es/it/pt/nl/pl/sv/tr/ja, phone numbers of many countries, every national ID with and without its label, and
look-alikes in the same shapes (order/invoice/ticket/policy/claim/case/protocol numbers, versions, hashes, UUIDs,
ISBNs, prices, timestamps, creditor references, Luhn-valid order numbers).

Markup of handset_markup.py ([[TYPE|value]], %%name%%, UTF-16 offsets). Labels as in handset20q (PERSON without
title; passport / driving-licence numbers after their keyword as US_PASSPORT / US_DRIVER_LICENSE; NIE as ES_NIE).
Every check-digit value is computed by pii21q_values.py and asserted below.
"""
import sys

from handset_markup import write
from pii21q_values import with_luhn, luhn_valid, iban_of, groups, by4, dni, nie, bsn, aadhaar, tfn, abn, medicare, \
    nhs, nric, cf, steuer_id, nir, sin

V = {
    "visa": with_luhn("453201778812463"), "mc": with_luhn("522817409935018"), "amex": with_luhn("37821044193502"),
    "visa2": with_luhn("491761230458877"), "disc": with_luhn("601104998327150"), "mc2": with_luhn("230014775320961"),
    "order_luhn": with_luhn("400012883401175"),
    "de_iban": iban_of("DE", "370400440532013000"), "fr_iban": iban_of("FR", "20041010050500013M02606"),
    "es_iban": iban_of("ES", "00491500051234567892"), "it_iban": iban_of("IT", "Y0300203280000400162854"),
    "nl_iban": iban_of("NL", "RABO0123456789"), "pl_iban": iban_of("PL", "114020040000300201355387"),
    "pt_iban": iban_of("PT", "003506510000000000330"), "se_iban": iban_of("SE", "80000081050000045810"),
    "tr_iban": iban_of("TR", "0006100519786457841326"), "gb_iban": iban_of("GB", "NWBK60161331926819"),
    "be_iban": iban_of("BE", "539007547034"), "at_iban": iban_of("AT", "2011182221219800"),
    "dni": dni("48205731"), "dni2": dni("02917463"), "nie": nie("Y", "2084317"), "nie2": nie("Z", "0619552"),
    "bsn": bsn("20475318"), "bsn2": bsn("56309127"), "aad": aadhaar("42719038561"), "tfn": tfn("46201937"),
    "abn": abn("614027358"), "medi": medicare("41926385", "1"), "nhs": nhs("485219037"), "nhs2": nhs("612094738"),
    "nric": nric("T", "0412879"), "fin": nric("G", "5530218"), "nric2": nric("S", "8821047"),
    "cf": cf("BNCGLI79E52F205"), "cf2": cf("VRDLCU66P14H501"), "taxid": steuer_id("4719263581"),
    "taxid2": steuer_id("2503871943"), "nir": nir("2910769123045"), "nir2": nir("1750893055071"),
    "sin": sin("51820473"), "sin2": sin("72904318"),
}
for k in ["visa", "mc", "visa2", "disc", "mc2", "order_luhn"]:
    assert luhn_valid(V[k]) and len(V[k]) == 16, k
    V[k + "_sp"] = by4(V[k])
    V[k + "_dash"] = by4(V[k], "-")
assert luhn_valid(V["amex"]) and len(V["amex"]) == 15
V["amex_sp"] = groups(V["amex"], [4, 6, 5])
for k in [k for k in list(V) if "_iban" in k]:
    V[k + "_sp"] = by4(V[k])
V["aad_sp"] = by4(V["aad"])
V["tfn_sp"] = groups(V["tfn"], [3, 3, 3])
V["abn_sp"] = groups(V["abn"], [2, 3, 3, 3])
V["medi_sp"] = groups(V["medi"], [4, 5, 1])
V["nhs_sp"] = groups(V["nhs"], [3, 3, 4])
V["nhs2_dash"] = groups(V["nhs2"], [3, 3, 4], "-")
V["sin_sp"] = groups(V["sin"], [3, 3, 3])
V["nir_sp"] = groups(V["nir"], [1, 2, 2, 2, 3, 3, 2])
V["taxid_sp"] = groups(V["taxid"], [2, 3, 3, 3])
V["bsn_dot"] = groups(V["bsn"], [4, 2, 3], ".")
V["dni_dash"] = V["dni"][:8] + "-" + V["dni"][8]
V["bad_iban"] = V["de_iban"][:4] + V["de_iban"][4:12] + ("1" if V["de_iban"][12] != "1" else "2") + V["de_iban"][13:]
assert V["bad_iban"] != V["de_iban"]
V["bad_card"] = V["visa"][:15] + str((int(V["visa"][15]) + 3) % 10)
assert not luhn_valid(V["bad_card"])

TEXTS = [
    # ------------------------------------------------------------ JSON-lines and logfmt logs
    ("jsonl", '{"ts":"2026-11-27T08:14:02.551Z","level":"info","msg":"signup","email":"[[EMAIL_ADDRESS|amara.osei@gmx.net]]","ip":"[[IP_ADDRESS|84.17.45.201]]","plan":"pro"}\n'
              '{"ts":"2026-11-27T08:14:03.007Z","level":"warn","msg":"payment retry","order_id":"%%order_luhn%%","attempt":2}'),
    ("jsonl", '{"level":"debug","event":"kyc.submitted","user_id":88213,"nif":"[[ES_NIF|%%dni%%]]","phone":"[[PHONE_NUMBER|+34 644 21 87 90]]"}'),
    ("jsonl", '{"time":"2026-11-26 23:59:59","svc":"billing","iban":"[[IBAN_CODE|%%nl_iban%%]]","amount_cents":129900,"invoice":"INV-2026-004417"}'),
    ("logfmt", 'time=2026-11-27T09:01:44Z level=info msg="password reset" user=[[EMAIL_ADDRESS|t.nakamura@example.co.jp]] remote_addr=[[IP_ADDRESS|2001:db8:4:1::17]] request_id=7c1e93b2-44d0-4f5e-9a61-0b2f83c7de12'),
    ("logfmt", 'ts=1732698104 lvl=error caller=sms.go:88 msg="delivery failed" to=[[PHONE_NUMBER|+48 512 340 771]] provider=twilio code=30003'),
    ("logfmt", 'level=info msg="card tokenised" last4=8815 bin=453201 order=A-2026-55120 duration_ms=41'),
    ("logfmt", 'at=info method=POST path="/api/v1/claims" host=api.carecover.example fwd="[[IP_ADDRESS|91.203.14.66]]" status=201 bytes=512 claim_id=CLM-00448120'),
    # ------------------------------------------------------------ syslog
    ("syslog", "<34>1 2026-11-27T10:22:13.004Z mail01 postfix/smtpd 2210 - - NOQUEUE: reject: RCPT from unknown[[[IP_ADDRESS|185.220.101.7]]]: 554 5.7.1 <[[EMAIL_ADDRESS|j.wojcik@onet.pl]]>: Relay access denied"),
    ("syslog", "Nov 27 10:24:51 fw01 dhcpd[912]: DHCPACK on [[IP_ADDRESS|10.20.4.117]] to [[MAC_ADDRESS|3c:22:fb:91:0e:4d]] (laptop-ops) via eth1"),
    ("syslog", "Nov 27 10:25:02 app03 sshd[44120]: Accepted publickey for deploy from [[IP_ADDRESS|172.16.8.40]] port 51822 ssh2: ED25519 SHA256:Qm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg"),
    # ------------------------------------------------------------ HL7 / EDI / fixed width
    ("hl7", "MSH|^~\\&|LAB|MERCY|EHR|MERCY|202611270815||ADT^A04|MSG00441|P|2.5\r"
            "PID|1||00884120^^^MERCY^MR||^^||19790402|F|||^^^^||[[PHONE_NUMBER|(217) 846-2291]]|||||ACCT5512|[[US_SSN|512-38-4470]]"),
    ("edi", "ISA*00*          *00*          *ZZ*SENDER01       *ZZ*RECEIVER02     *261127*0815*U*00401*000004417*0*P*>~\n"
            "NM1*IL*1*******MI*W88120447~\nN3*[[LOCATION|1420 Larkin Street]]~\nPER*IC**TE*[[PHONE_NUMBER|4155550187]]~"),
    ("fixed", "REC0001 HOLDER NAME          ACCOUNT                      PHONE\n"
              "REC0002 [[PERSON|Ingrid Solberg]]       [[IBAN_CODE|%%se_iban%%]]     [[PHONE_NUMBER|+46 70 123 45 67]]"),
    ("fixed", "000120261127ORD0044712000129900EUR00000001\n000220261127ORD0044713000004450EUR00000002"),
    # ------------------------------------------------------------ SQL dumps
    ("sql", "INSERT INTO customers (id, full_name, email, phone, ssn) VALUES\n"
            "(101, '[[PERSON|Marcus Whitfield]]', '[[EMAIL_ADDRESS|mwhitfield@proton.me]]', '[[PHONE_NUMBER|(646) 555-0198]]', '[[US_SSN|287-61-0934]]'),\n"
            "(102, '[[PERSON|Lena Hoffmann]]', '[[EMAIL_ADDRESS|lena.h@web.de]]', '[[PHONE_NUMBER|+49 151 23456789]]', NULL);"),
    ("sql", "INSERT INTO `orders` VALUES (55120,'2026-11-27 10:41:00',4,'%%order_luhn%%','SHIPPED',129.90),(55121,'2026-11-27 10:42:13',1,'4000128834011759','NEW',12.50);"),
    ("sql", "UPDATE patients SET nhs_number='[[UK_NHS|%%nhs%%]]', gp_phone='[[PHONE_NUMBER|0161 496 0734]]' WHERE patient_id=4471;"),
    # ------------------------------------------------------------ Markdown tables
    ("md", "| Name | Rolle | Steuer-ID |\n|---|---|---|\n| [[PERSON|Jonas Brandt]] | Geschäftsführer | [[DE_TAX_ID|%%taxid%%]] |\n| [[PERSON|Petra Vogel]] | Prokuristin | [[DE_TAX_ID|%%taxid2%%]] |"),
    ("md", "| Ticket | Status | Opened | Priority |\n|--------|--------|--------|----------|\n| 4471203 | open | 2026-11-20 | P2 |\n| 4471209 | closed | 2026-11-21 | P3 |"),
    ("md", "| Host | IP | MAC |\n| --- | --- | --- |\n| db-primary | [[IP_ADDRESS|10.0.12.5]] | [[MAC_ADDRESS|00-1A-2B-3C-4D-5E]] |"),
    # ------------------------------------------------------------ config files
    ("props", "# mail settings\nmail.smtp.host=smtp.office365.com\nmail.smtp.port=587\nmail.from=[[EMAIL_ADDRESS|noreply@stadtwerke-lahr.de]]\nsupport.phone=[[PHONE_NUMBER|+49 7821 280 4471]]\napp.version=4.12.0"),
    ("ini", "[database]\nhost = [[IP_ADDRESS|192.168.40.12]]\nport = 5432\nuser = svc_report\n\n[alerts]\noncall = [[PHONE_NUMBER|+44 20 7946 0321]]\nowner = [[EMAIL_ADDRESS|priya.nair@ledgerline.co.uk]]"),
    ("toml", "[owner]\nname = \"[[PERSON|Tomás Ferreira]]\"\nemail = \"[[EMAIL_ADDRESS|tomas.ferreira@sapo.pt]]\"\n\n[package]\nversion = \"2.3.11\"\nchecksum = \"sha256:9b1f4c2e8a7d6b5c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d\""),
    ("toml", "[release]\nbuild = 20261127\ntag = \"v3.0.0-rc.2\"\nissue = 44712\nticket = \"OPS-2290\""),
    # ------------------------------------------------------------ e-mail headers / signatures
    ("hdr", "From: \"[[PERSON|Karolina Nowak]]\" <[[EMAIL_ADDRESS|karolina.nowak@allegro.pl]]>\nTo: [[EMAIL_ADDRESS|faktury@bud-max.com.pl]]\nDate: Thu, 27 Nov 2026 09:12:44 +0100\nMessage-ID: <20261127081244.4471@mx.allegro.pl>\nSubject: Faktura VAT 2026/11/0443"),
    ("hdr", "Received: from mx2.example.net ([[IP_ADDRESS|198.51.100.77]]) by mail.example.org with ESMTPS id 4471ab;\nReturn-Path: <[[EMAIL_ADDRESS|bounce-88120@news.example.net]]>"),
    ("sig", "Best regards,\n[[PERSON|Daniel Ortega]]\nSenior Account Manager\nT: [[PHONE_NUMBER|+52 55 4170 2290]] | M: [[PHONE_NUMBER|+52 55 8812 0447]]\n[[LOCATION|Av. Paseo de la Reforma 250, Ciudad de México]]"),
    ("sig", "--\n[[PERSON|Sanne de Vries]] | Teamleider Klantcontact\nTel. [[PHONE_NUMBER|020 522 8841]] | Mob. [[PHONE_NUMBER|06 41 88 20 93]]\nKvK 34120447 | BTW NL004471209B01"),
    ("sig", "Kind regards,\nOps Desk\nTicket portal: https://help.example.com/t/88120 | Ref: CASE-2026-04471"),
    # ------------------------------------------------------------ chat exports
    ("chat", "[27/11/2026, 09:41:17] [[PERSON|Aylin]]: abi numaram değişti 😅 yeni: [[PHONE_NUMBER|0532 418 27 90]]\n[27/11/2026, 09:42:03] [[PERSON|Mert]]: tamamdır 👍 kaydettim"),
    ("chat", "27.11.26, 21:15 - [[PERSON|Giulia]]: ecco il mio IBAN per la cena 🍕 [[IBAN_CODE|%%it_iban_sp%%]]\n27.11.26, 21:16 - [[PERSON|Marco]]: fatto ✅"),
    ("chat", "[09:02] <dev_kat> order 4471203398 is stuck again 🙃\n[09:03] <ops_lu> restarted worker-7, build 5.2.1 deployed"),
    ("chat", "11/27/26, 7:05 PM - [[PERSON|Chloe]]: can u venmo me? or zelle to [[PHONE_NUMBER|(312) 846-2290]] 💸"),
    # ------------------------------------------------------------ call transcripts
    ("call", "Agent: Can I have the card number please?\nCaller: Yes, it's [[CREDIT_CARD|%%mc_sp%%]].\nAgent: And the expiry?\nCaller: Oh-nine twenty-eight."),
    ("call", "[00:01:12] AGENT: What's your policy number?\n[00:01:15] CUSTOMER: It's PL-448120-77.\n[00:01:20] AGENT: And a callback number?\n[00:01:23] CUSTOMER: [[PHONE_NUMBER|0412 587 330]]"),
    # ------------------------------------------------------------ forms in fr/es/it/pt/nl/pl/sv/tr/ja
    ("form_fr", "Nom : [[PERSON|Camille Lefèvre]]\nN° de sécurité sociale : [[FR_NIR|%%nir_sp%%]]\nTéléphone : [[PHONE_NUMBER|01 42 68 53 00]]\nIBAN : [[IBAN_CODE|%%fr_iban_sp%%]]"),
    ("form_es", "Nombre: [[PERSON|Javier Montoya]]\nDNI: [[ES_NIF|%%dni_dash%%]]\nMóvil: [[PHONE_NUMBER|622 41 87 09]]\nCuenta: [[IBAN_CODE|%%es_iban_sp%%]]"),
    ("form_es", "Datos del arrendatario — NIE [[ES_NIE|%%nie%%]], pasaporte [[US_PASSPORT|PAB447120]], nº de expediente 2026/004471"),
    ("form_it", "Cognome e nome: [[PERSON|Lucia Verdi]]\nCodice fiscale: [[IT_FISCAL_CODE|%%cf2%%]]\nCellulare: [[PHONE_NUMBER|+39 347 218 4409]]\nProtocollo n. 44712/2026"),
    ("form_pt", "Nome: [[PERSON|Rui Carvalho]]\nTelemóvel: [[PHONE_NUMBER|912 345 678]]\nIBAN: [[IBAN_CODE|%%pt_iban_sp%%]]\nN.º de apólice: 0044712098"),
    ("form_nl", "Naam: [[PERSON|Bram Jacobs]]\nBSN: [[NL_BSN|%%bsn_dot%%]]\nIBAN: [[IBAN_CODE|%%nl_iban_sp%%]]\nDossiernummer: 2026-88120"),
    ("form_pl", "Imię i nazwisko: [[PERSON|Tomasz Zieliński]]\nTelefon: [[PHONE_NUMBER|+48 22 628 41 90]]\nNr rachunku: [[IBAN_CODE|%%pl_iban_sp%%]]\nNr zamówienia: 2026/11/44712"),
    ("form_sv", "Namn: [[PERSON|Elin Bergström]]\nMobil: [[PHONE_NUMBER|073-412 88 20]]\nE-post: [[EMAIL_ADDRESS|elin.bergstrom@telia.se]]\nÄrendenummer: 2026-11-4471"),
    ("form_tr", "Ad Soyad: [[PERSON|Emre Yıldız]]\nCep: [[PHONE_NUMBER|+90 533 812 44 07]]\nIBAN: [[IBAN_CODE|%%tr_iban_sp%%]]\nSipariş No: 448120771"),
    ("form_ja", "氏名：[[PERSON|佐藤 健]]\n電話番号：[[PHONE_NUMBER|090-4412-8830]]\nメール：[[EMAIL_ADDRESS|k.sato@example.ne.jp]]\n注文番号：20261127-4471"),
    # ------------------------------------------------------------ national IDs with and without label
    ("id", "Aadhaar [[IN_AADHAAR|%%aad_sp%%]] linked to PAN [[IN_PAN|BKVPS4471K]]"),
    ("id", "Please verify [[IN_AADHAAR|%%aad%%]] before onboarding."),
    ("id", "TFN [[AU_TFN|%%tfn_sp%%]], ABN [[AU_ABN|%%abn_sp%%]], Medicare [[AU_MEDICARE|%%medi_sp%%]]"),
    ("id", "NRIC/FIN: [[SG_NRIC_FIN|%%nric%%]] (holder), [[SG_NRIC_FIN|%%fin%%]] (spouse)"),
    ("id", "Resident id [[SG_NRIC_FIN|%%nric2%%]] updated by admin"),
    ("id", "SIN: [[CA_SIN|%%sin_sp%%]]; spouse SIN [[CA_SIN|%%sin2%%]]"),
    ("id", "NHS Number [[UK_NHS|%%nhs2_dash%%]] · NI [[UK_NINO|JG 10 37 52 C]]"),
    ("id", "ITIN [[US_ITIN|912-78-3345]] filed with W-7"),
    ("id", "DL# [[US_DRIVER_LICENSE|D447-1209-3811]] (IL), passport no. [[US_PASSPORT|568120447]]"),
    ("id", "Codice fiscale del titolare [[IT_FISCAL_CODE|%%cf%%]]"),
    ("id", "Steuerliche Identifikationsnummer: [[DE_TAX_ID|%%taxid_sp%%]]"),
    ("id", "numéro NIR [[FR_NIR|%%nir2%%]] en pièce jointe"),
    ("id", "burgerservicenummer [[NL_BSN|%%bsn2%%]]"),
    ("id", "DNI [[ES_NIF|%%dni2%%]] y NIE [[ES_NIE|%%nie2%%]]"),
    ("id", "cards on file: [[CREDIT_CARD|%%visa_dash%%]], [[CREDIT_CARD|%%amex_sp%%]], [[CREDIT_CARD|%%disc%%]]"),
    ("id", "Ödeme: kart [[CREDIT_CARD|%%mc2_sp%%]], IBAN [[IBAN_CODE|%%gb_iban%%]]"),
    ("id", "secrets: AWS_SECRET_ACCESS_KEY=[[API_KEY|q7Rk2VxP9mLw4ZtB8nHc1JfY6sDg3AeU0oKiWb5N]] STRIPE=[[API_KEY|sk_live_51Hq8dK2eZvKYlo2C0a9f3b7Q]]"),
    # ------------------------------------------------------------ addresses and phones of many countries
    ("phone", "Filialen: Wien [[PHONE_NUMBER|+43 1 535 12 44]], Zürich [[PHONE_NUMBER|+41 44 668 18 00]], Bruxelles [[PHONE_NUMBER|+32 2 512 44 71]]"),
    ("phone", "São Paulo: [[PHONE_NUMBER|+55 11 98412-3377]] · Singapore: [[PHONE_NUMBER|+65 6734 8812]] · Sydney: [[PHONE_NUMBER|(02) 9374 4000]]"),
    ("phone", "Office Tokyo [[PHONE_NUMBER|03-5412-7788]], Mumbai [[PHONE_NUMBER|+91 22 6641 2290]]"),
    ("addr", "Lieferadresse: [[PERSON|Hannah Keller]], [[LOCATION|Marienplatz 8, 80331 München]], Tel. [[PHONE_NUMBER|089 21804471]]"),
    ("addr", "Ship to: [[LOCATION|77 Queen Street West, Toronto, ON M5H 2M5]] · [[PHONE_NUMBER|416-555-0134]]"),
    # ------------------------------------------------------------ negatives in the same shapes
    ("neg", '{"level":"info","msg":"order paid","order_id":"%%order_luhn_sp%%","total":"89.90 EUR","items":3}'),
    ("neg", "Order %%order_luhn%% shipped; invoice INV-44712 attached"),
    ("neg", "level=warn msg=\"slow query\" duration=1.2044s rows=448120 query_id=5f3a9c12e7b84d01"),
    ("neg", "Policy no. 4401 2290 8812 3345 renewed; claim CLM-2026-004471 closed"),
    ("neg", "Protocollo n. 0044712/2026 del 27/11/2026 — pratica 88120"),
    ("neg", "Numéro de dossier : 2026 448 120 77 — référence client 0044712098"),
    ("neg", "Referencia de pago: RF71 4471 2098 8120 — importe 1.204,50 €"),
    ("neg", "Creditor reference RF18 5390 0754 7034 for invoice 2026-0443"),
    ("neg", "Case #2026-1127-4471 assigned to queue L2; SLA 8h"),
    ("neg", "Firmware 10.4.2201.17 (build 44712) — sha1 3f786850e387550fdab836ed7e6dc881de23001b"),
    ("neg", "ISBN 978-0-306-40615-7 and ISBN-10 0-306-40615-2 in the catalogue"),
    ("neg", "request 9f0c1a7e-33b2-4d6a-8e51-2c4b7d9a0f13 took 412ms at 2026-11-27T10:41:07.118+01:00"),
    ("neg", "Price: 1 249,00 zł brutto, 1 015,45 zł netto, VAT 23%"),
    ("neg", "Bestellnummer 4000 1288 3401 1759 — Lieferung KW 49"),
    ("neg", "Tracking 00340434161094042557 (DHL), Sendungsnummer JJD000390007782104"),
    ("neg", "Rechnungsnr. DE-2026-11-4471 | USt-IdNr. DE811234567 | HRB 44712"),
    ("neg", "| SKU | Qty | Price |\n|---|---|---|\n| 4006381333931 | 12 | 3,99 |\n| 5901234123457 | 4 | 12,49 |"),
    ("neg", "INSERT INTO audit (id, ts, action) VALUES (44712, '2026-11-27 10:41:07', 'LOGIN_OK');"),
    ("neg", "Test card %%bad_card%% rejected (Luhn), IBAN %%bad_iban%% rejected (checksum)"),
    ("neg", "Sipariş numaranız 7044812077, kargo takip no 1234 5678 9012"),
    ("neg", "注文番号 4471-2290-8812、お問い合わせ番号 A-4471-20 をご記入ください"),
    ("neg", "Ärende 2026-11-4471 stängt; faktura 881204471 betald"),
]


if __name__ == "__main__":
    write(sys.argv[1], TEXTS, V, "handset21q")
