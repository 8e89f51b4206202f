#!/usr/bin/env python3
"""Round-21 (pii21q) tuning set T21q: looked at while working (unlike handset21q.py, which was only scored).

  python3 aisec-data/tools/t21q.py /tmp/t21q.jsonl

Same layouts and label policy as handset21q.py, different texts and values.
"""
import sys

from handset_markup import write
from pii21q_values import with_luhn, luhn_valid, iban_of, groups, by4, dni, nie, bsn, aadhaar, tfn, abn, medicare, \
    nhs, nric, cf, steuer_id, nir, sin

V = {
    "visa": with_luhn("455673019284417"), "mc": with_luhn("540912874401236"), "amex": with_luhn("34021877450119"),
    "ord1": with_luhn("700441208812339"), "ord2": with_luhn("510044712088123"), "ord3": with_luhn("411100448812077"),
    "de_iban": iban_of("DE", "100700000012345678"), "fr_iban": iban_of("FR", "30002005500000157845Z02"),
    "es_iban": iban_of("ES", "21000813610123456789"), "it_iban": iban_of("IT", "K0306909606100000063158"),
    "nl_iban": iban_of("NL", "INGB0001234567"), "pl_iban": iban_of("PL", "102010260000042270201111"),
    "ch_iban": iban_of("CH", "0900000156789012K"), "dk_iban": iban_of("DK", "50400440116243"),
    "dni": dni("39120847"), "nie": nie("X", "4471209"), "bsn": bsn("12093847"), "aad": aadhaar("58830219746"),
    "tfn": tfn("71204639"), "abn": abn("117094528"), "medi": medicare("29408175", "3"), "nhs": nhs("401882093"),
    "nric": nric("S", "7730215"), "fin": nric("F", "1209447"), "m": nric("M", "4120887"), "cf": cf("MRNFNC80A01L219"),
    "taxid": steuer_id("6820134792"), "nir": nir("1680575114208"), "sin": sin("31840277"),
}
for k in ["visa", "mc", "ord1", "ord2", "ord3"]:
    assert luhn_valid(V[k]) and len(V[k]) == 16, k
    V[k + "_sp"] = by4(V[k])
    V[k + "_dash"] = by4(V[k], "-")
for k in [k for k in list(V) if "_iban" in k]:
    V[k + "_sp"] = by4(V[k])
V["aad_sp"] = by4(V["aad"])
V["nhs_sp"] = groups(V["nhs"], [3, 3, 4])
V["tfn_sp"] = groups(V["tfn"], [3, 3, 3])
V["sin_dash"] = groups(V["sin"], [3, 3, 3], "-")
V["nir_sp"] = groups(V["nir"], [1, 2, 2, 2, 3, 3, 2])

TEXTS = [
    ("jsonl", '{"@timestamp":"2026-11-28T01:02:03Z","log.level":"INFO","message":"user created","user.email":"[[EMAIL_ADDRESS|sofia.marin@yahoo.es]]","client.ip":"[[IP_ADDRESS|81.45.203.12]]"}'),
    ("jsonl", '{"lvl":"warn","msg":"charge declined","order_no":"%%ord1%%","amount":"49.00"}'),
    ("jsonl", '{"lvl":"info","msg":"order created","orderId":"%%ord2_sp%%","customer":"C-88120"}'),
    ("jsonl", '{"lvl":"info","msg":"refund","order_number":%%ord3%%,"currency":"EUR"}'),
    ("jsonl", '{"event":"profile.update","phone":"[[PHONE_NUMBER|+31 6 4120 8877]]","bsn":"[[NL_BSN|%%bsn%%]]"}'),
    ("jsonl", '{"event":"payout","iban":"[[IBAN_CODE|%%dk_iban%%]]","ref":"PO-2026-4471"}'),
    ("logfmt", 'level=info msg="otp sent" phone=[[PHONE_NUMBER|+33612448120]] channel=sms id=01HF8X2K4R'),
    ("logfmt", 'level=info msg="order placed" order_id=%%ord1%% total=59.90 items=2'),
    ("logfmt", 'level=debug msg="login" user_email=[[EMAIL_ADDRESS|ops+alerts@kestrel.io]] ip=[[IP_ADDRESS|203.0.113.45]] ua="curl/8.4.0"'),
    ("logfmt", 'msg="card saved" card=[[CREDIT_CARD|%%visa%%]] holder="[[PERSON|Olivia Grant]]"'),
    ("syslog", "Nov 28 01:12:44 vpn01 openvpn[3321]: [[IP_ADDRESS|88.12.4.71]]:51120 peer info: IV_HWADDR=[[MAC_ADDRESS|a4:83:e7:12:9c:0f]]"),
    ("syslog", "<13>Nov 28 01:13:00 crm01 app: callback requested by [[PHONE_NUMBER|+44 7700 900871]] case=CASE-44120"),
    ("syslog", "Nov 28 01:14:09 web02 nginx: [[IP_ADDRESS|10.1.4.7]] - - \"GET /orders/4000128834011759 HTTP/1.1\" 200 512"),
    ("hl7", "PID|1||55120447^^^STJ^MR||^^||19850612|M|||^^^^||[[PHONE_NUMBER|(415) 846-7120]]^PRN^PH|||||88120|[[US_SSN|431-77-2048]]"),
    ("hl7", "NK1|1|^^|SPO|^^^^||[[PHONE_NUMBER|(503) 212-4471]]"),
    ("edi", "UNB+UNOA:1+5412345000013:14+4012345000009:14+261128:0113+44712'\nCOM+[[PHONE_NUMBER|+4940123456]]:TE'\nCOM+[[EMAIL_ADDRESS|edi@nordlicht-logistik.de]]:EM'"),
    ("fixed", "ID    NAME                PHONE            IBAN\n0001  [[PERSON|Mats Andersson]]      [[PHONE_NUMBER|08-412 880 20]]     [[IBAN_CODE|%%de_iban%%]]"),
    ("fixed", "H20261128BATCH0044712\nD0000001ORD%%ord2%%EUR0000004990\nT0000001"),
    ("sql", "INSERT INTO users VALUES (7, '[[PERSON|Aisha Rahman]]', '[[EMAIL_ADDRESS|aisha.r@outlook.com]]', '[[PHONE_NUMBER|+91 98201 55734]]', '[[IN_PAN|ABCPR4471F]]');"),
    ("sql", "INSERT INTO payments (id, order_ref, amount) VALUES (1, '%%ord3%%', 19.99), (2, '%%ord1%%', 5.00);"),
    ("sql", "INSERT INTO employees (emp_no, nino, mobile) VALUES ('E0447', '[[UK_NINO|PW 44 71 20 B]]', '[[PHONE_NUMBER|07700 900 448]]');"),
    ("md", "| Mitarbeiter | Telefon | IBAN |\n|---|---|---|\n| [[PERSON|Uwe Krämer]] | [[PHONE_NUMBER|0171 4412087]] | [[IBAN_CODE|%%de_iban_sp%%]] |"),
    ("md", "| Order | Card token | Amount |\n|---|---|---|\n| %%ord2%% | tok_44712 | 12.00 |"),
    ("md", "| Version | Date | Notes |\n|---|---|---|\n| 4.10.2 | 2026-11-01 | fixes |\n| 4.11.0 | 2026-11-27 | new API |"),
    ("props", "smtp.user=[[EMAIL_ADDRESS|alerts@fjordbank.no]]\nsms.to=[[PHONE_NUMBER|+47 412 88 207]]\nbuild.number=44712"),
    ("ini", "[contact]\nname=[[PERSON|Pilar Navarro]]\nphone=[[PHONE_NUMBER|+34 913 44 71 20]]\nnif=[[ES_NIF|%%dni%%]]"),
    ("toml", "[billing]\niban = \"[[IBAN_CODE|%%ch_iban%%]]\"\ninvoice_prefix = \"INV-2026-\"\nnext_invoice = 44712"),
    ("hdr", "From: [[PERSON|Mateo Ruiz]] <[[EMAIL_ADDRESS|mateo.ruiz@telefonica.net]]>\nCc: [[EMAIL_ADDRESS|contabilidad@ferreteria-ruiz.es]]\nX-Originating-IP: [[[IP_ADDRESS|83.44.120.7]]]"),
    ("sig", "Saludos,\n[[PERSON|Lucía Campos]]\nTel.: [[PHONE_NUMBER|+34 93 412 88 70]]\nMóvil: [[PHONE_NUMBER|655 41 20 87]]"),
    ("sig", "Cordialement,\n[[PERSON|Hugo Martin]]\nTél : [[PHONE_NUMBER|04 91 44 71 20]] — Port. : [[PHONE_NUMBER|07 81 22 40 93]]"),
    ("sig", "Med vänliga hälsningar\n[[PERSON|Oskar Lind]]\nTel: [[PHONE_NUMBER|08-5441 2077]]\nMobil: [[PHONE_NUMBER|070-441 20 87]]"),
    ("chat", "[28.11.2026 01:20:11] [[PERSON|Kasia]]: mój numer to [[PHONE_NUMBER|512 448 120]] 📞\n[28.11.2026 01:20:40] [[PERSON|Piotr]]: ok 👌"),
    ("chat", "28/11/2026 01:22 - [[PERSON|Inês]]: o meu IBAN é [[IBAN_CODE|%%it_iban_sp%%]] 🙏"),
    ("chat", "[01:25] <ana> ticket 7004412088123 reopened 😤\n[01:26] <leo> order %%ord1_sp%% refunded"),
    ("call", "Agent: Could you confirm your NHS number?\nPatient: Sure, it's [[UK_NHS|%%nhs_sp%%]].\nAgent: Thanks."),
    ("call", "[00:02:41] CUSTOMER: my claim number is 4412 0887 7120 5531\n[00:02:45] AGENT: and your phone? [00:02:47] CUSTOMER: [[PHONE_NUMBER|0161 496 0822]]"),
    ("form_fr", "Nom : [[PERSON|Léa Moreau]]\nNIR : [[FR_NIR|%%nir_sp%%]]\nPortable : [[PHONE_NUMBER|06 71 44 20 88]]"),
    ("form_es", "Solicitante: [[PERSON|Andrés Gil]]\nNIE: [[ES_NIE|%%nie%%]]\nTeléfono: [[PHONE_NUMBER|+34 611 44 70 12]]"),
    ("form_it", "Nome: [[PERSON|Francesca Romano]]\nC.F.: [[IT_FISCAL_CODE|%%cf%%]]\nTel.: [[PHONE_NUMBER|02 4412 0877]]"),
    ("form_pt", "Nome completo: [[PERSON|Beatriz Sousa]]\nTelefone: [[PHONE_NUMBER|+351 21 441 2087]]"),
    ("form_nl", "Naam: [[PERSON|Daan Smit]]\nTelefoon: [[PHONE_NUMBER|010 441 2087]]\nIBAN: [[IBAN_CODE|%%nl_iban%%]]"),
    ("form_pl", "Nazwisko: [[PERSON|Agnieszka Wójcik]]\nTel.: [[PHONE_NUMBER|+48 601 441 208]]\nKonto: [[IBAN_CODE|%%pl_iban_sp%%]]"),
    ("form_tr", "Adı: [[PERSON|Zeynep Kaya]]\nTelefon: [[PHONE_NUMBER|0212 441 20 87]]"),
    ("form_ja", "お名前：[[PERSON|山田 花子]]\n携帯：[[PHONE_NUMBER|080-4412-0877]]"),
    ("id", "Aadhaar number [[IN_AADHAAR|%%aad%%]]"),
    ("id", "aadhaar: [[IN_AADHAAR|%%aad_sp%%]]"),
    ("id", "UID [[IN_AADHAAR|%%aad%%]] verified via OTP"),
    ("id", "TFN: [[AU_TFN|%%tfn_sp%%]]; ABN [[AU_ABN|%%abn%%]]; Medicare no. [[AU_MEDICARE|%%medi%%]]"),
    ("id", "FIN [[SG_NRIC_FIN|%%fin%%]], NRIC [[SG_NRIC_FIN|%%nric%%]], new FIN [[SG_NRIC_FIN|%%m%%]]"),
    ("id", "SIN [[CA_SIN|%%sin_dash%%]]"),
    ("id", "NHS no: [[UK_NHS|%%nhs%%]]"),
    ("id", "nhs_number=[[UK_NHS|%%nhs%%]]"),
    ("id", "Steuer-ID: [[DE_TAX_ID|%%taxid%%]]"),
    ("id", "ITIN: [[US_ITIN|970-84-4412]]"),
    ("id", "Driver's license number: [[US_DRIVER_LICENSE|F255-4471-2087]]"),
    ("id", "Passport No.: [[US_PASSPORT|X44712088]]"),
    ("id", "card [[CREDIT_CARD|%%mc_dash%%]] exp 04/28"),
    ("id", "Amex [[CREDIT_CARD|%%amex%%]]"),
    ("phone", "Offices: Madrid [[PHONE_NUMBER|+34 91 441 20 87]], Milano [[PHONE_NUMBER|+39 02 4412 0877]], Warszawa [[PHONE_NUMBER|+48 22 441 20 87]]"),
    ("phone", "Hotline DK [[PHONE_NUMBER|+45 33 44 12 08]], NO [[PHONE_NUMBER|+47 22 44 12 08]], FI [[PHONE_NUMBER|+358 9 4412 087]]"),
    ("neg", '{"order_id":"%%ord1%%","status":"paid","total":"12.00"}'),
    ("neg", "order_no=%%ord2%% status=shipped"),
    ("neg", "Order: %%ord3_dash%% (paid)"),
    ("neg", "Invoice no. %%ord1_sp%% due 2026-12-15"),
    ("neg", "Claim 4412 0887 7120 5531 approved; policy POL-44712"),
    ("neg", "Ticket #%%ord2%% closed"),
    ("neg", "case_id=2026112844712 protocol=TLS1.3 cipher=TLS_AES_128_GCM_SHA256"),
    ("neg", "Numero d'ordine %%ord3%% — spedito"),
    ("neg", "Número de pedido: %%ord1%%"),
    ("neg", "Auftragsnummer %%ord2_sp%% wurde storniert"),
    ("neg", "uuid=3b7e1f02-9c4d-4a8e-b512-7d0e44a12088 sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("neg", "ISBN 978-3-16-148410-0 · EAN 4006381333931 · 14,99 €"),
    ("neg", "Reference RF24 4471 2088 1200 5531 (structured creditor reference)"),
    ("neg", "2026-11-28 01:30:00.447120 UTC epoch 1764293400"),
    ("neg", "| Invoice | Amount |\n|---|---|\n| 4412088712055 | 12,00 |\n| 4412088712056 | 14,00 |"),
    ("neg", "INSERT INTO invoices VALUES (44712, '2026-11-28', 1204.50, 'RF18 5390 0754 7034');"),
    ("neg", "[release]\nversion = \"12.4.1\"\nbuild = \"447120881\""),
]


if __name__ == "__main__":
    write(sys.argv[1], TEXTS, V, "t21q")
