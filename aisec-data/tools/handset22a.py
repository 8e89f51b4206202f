#!/usr/bin/env python3
"""Round-22 (pii22a) honest check set, written by hand before any change of the round.

  python3 aisec-data/tools/handset22a.py aisec-data/src/test/resources/dev/aisec/data/pii/handset22a.jsonl

About half machine text (logs, CSV with headers, JSON, YAML/.env, aligned tables, KYC forms, XML) and half human
text (chats with emoji, support e-mails, call transcripts, HR and medical notes) in en, de, fr, es, it, nl, pt and a
few others, with look-alike negatives beside real values. Markup of handset_markup.py ([[TYPE|value]], %%name%%,
UTF-16 offsets). Values with check digits come from handset22a_values.Gen (seeded; each value re-validated).

Labels: every e-mail, phone, IP (public, private and loopback alike: the detector's policy is to report every
address), URL, MAC, card, IBAN, key, crypto address and national ID; passports and driving licences of any country as
US_PASSPORT / US_DRIVER_LICENSE (the project's label policy); a connection URL with a random password of 12+
characters: the password as API_KEY, otherwise the URL whole; PERSON without titles; LOCATION for cities, countries
and street addresses; DATE_TIME for birth dates only. Order, invoice, tracking, ticket, booking numbers, SKUs,
amounts, hashes, UUIDs, versions, timestamps, ISBNs, IMEIs and Luhn-invalid card-like numbers are not labelled.
"""
import sys

from handset_markup import write
from handset22a_values import Gen, g4, grouped

g = Gen(2211)
V = {}
for i in range(1, 9):
    V["visa%d" % i] = g.card("4", 16)
for i in range(1, 5):
    V["mc%d" % i] = g.card("5" + "12345"[i % 5], 16)
V["mc2s"] = g.card("2223", 16)
V["amex1"] = g.card("37", 15)
V["amex2"] = g.card("34", 15)
V["disc"] = g.card("6011", 16)
V["jcb"] = g.card("3566", 16)
V["diners"] = g.card("3056", 14)
V["unionpay"] = g.card("6212", 16)
V["maestro"] = g.card("6759", 16)
for i in range(1, 5):
    V["badcard%d" % i] = g.bad_card("4", 16)
V["badcard5"] = g.bad_card("5", 16)
for cc in ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "CH", "GB", "PT", "IE", "PL", "LU", "SE", "NO", "DK", "FI"]:
    V["iban_" + cc.lower()] = g.iban(cc)
    V["iban2_" + cc.lower()] = g.iban(cc)
for i in range(1, 7):
    V["ssn%d" % i] = g.ssn()
V["itin1"] = g.itin()
V["itin2"] = g.itin()
for i in range(1, 4):
    V["nino%d" % i] = g.nino()
    V["nhs%d" % i] = g.nhs()
for i in range(1, 5):
    V["detax%d" % i] = g.de_tax()
    V["nir%d" % i] = g.nir()
    V["dni%d" % i] = g.dni()
    V["nie%d" % i] = g.nie()
    V["cf%d" % i] = g.cf()
    V["bsn%d" % i] = g.bsn()
    V["aad%d" % i] = g.aadhaar()
    V["pan%d" % i] = g.pan()
    V["tfn%d" % i] = g.tfn()
    V["abn%d" % i] = g.abn()
    V["medi%d" % i] = g.medicare()
    V["sin%d" % i] = g.sin()
V["nric1"] = g.nric("S")
V["nric2"] = g.nric("T")
V["fin1"] = g.nric("G")
V["fin2"] = g.nric("F")
V["btc1"] = g.btc()
V["btc2"] = g.btc(b"\x05")
V["bc1a"] = g.bc1()
V["bc1b"] = g.bc1()
V["eth1"] = g.eth()
V["eth2"] = g.eth()
V["ghp"] = "ghp_" + g.token(36)
V["ghp2"] = "github_pat_11" + g.token(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_" + g.token(59)
V["akia"] = "AKIA" + g.token(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
V["awssec"] = g.token(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
V["skproj"] = "sk-proj-" + g.token(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
V["skant"] = "sk-ant-api03-" + g.token(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
V["stripe"] = "sk_live_" + g.token(24)
V["stripe2"] = "rk_live_" + g.token(32)
V["xoxb"] = "xoxb-" + g.digits(11) + "-" + g.digits(13) + "-" + g.token(24)
V["glpat"] = "glpat-" + g.token(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
V["aiza"] = "AIza" + g.token(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
V["hf"] = "hf_" + g.token(34)
V["npm"] = "npm_" + g.token(36)
V["sg"] = "SG." + g.token(22) + "." + g.token(43)
V["jwt"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODIxIiwibmFtZSI6IkpvIiwiaWF0IjoxNzMyNzc0MDAwfQ." + g.token(43)
V["pw1"] = g.token(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
V["pw2"] = g.token(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
V["pw3"] = g.token(32, "abcdef0123456789")
V["pw4"] = g.token(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
V["sha"] = g.hexs(64)
V["sha2"] = g.hexs(40)
V["md5"] = g.hexs(32)
V["uuid"] = "%s-%s-4%s-a%s-%s" % (g.hexs(8), g.hexs(4), g.hexs(3), g.hexs(3), g.hexs(12))
V["uuid2"] = "%s-%s-4%s-b%s-%s" % (g.hexs(8), g.hexs(4), g.hexs(3), g.hexs(3), g.hexs(12))

# ---- more values for the dense texts
for i in range(10, 20):
    V["visa%d" % i] = g.card("4", 16)
    V["mc%d" % i] = g.card("55", 16)
    V["ssn%d" % i] = g.ssn()
for i in range(10, 16):
    V["detax%d" % i] = g.de_tax()
    V["aad%d" % i] = g.aadhaar()
    V["pan%d" % i] = g.pan()
    V["tfn%d" % i] = g.tfn()
    V["sin%d" % i] = g.sin()
    V["medi%d" % i] = g.medicare()
    V["nric%d" % i] = g.nric("ST"[i % 2])
    V["abn%d" % i] = g.abn()
for cc in ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "IE", "PT", "PL", "LU", "FI"]:
    V["iban3_" + cc.lower()] = g.iban(cc)
for i in range(3, 9):
    V["eth%d" % i] = g.eth()
    V["bc1_%d" % i] = g.bc1()
for i in range(5, 9):
    V["ghp%d" % i] = "ghp_" + g.token(36)
V["ghs"] = "ghs_" + g.token(36)
V["xoxp"] = "xoxp-" + g.digits(11) + "-" + g.digits(12) + "-" + g.digits(13) + "-" + g.hexs(32)
V["skproj2"] = "sk-proj-" + g.token(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
V["pw5"] = g.token(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
V["pw6"] = g.token(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

# grouped variants
V["visa1_sp"] = g4(V["visa1"])
V["visa2_d"] = g4(V["visa2"], "-")
V["visa3_sp"] = g4(V["visa3"])
V["visa5_sp"] = g4(V["visa5"])
V["visa6_d"] = g4(V["visa6"], "-")
V["mc1_sp"] = g4(V["mc1"])
V["mc3_d"] = g4(V["mc3"], "-")
V["mc4_sp"] = g4(V["mc4"])
V["amex1_465"] = grouped(V["amex1"], [4, 6, 5])
V["amex2_465d"] = grouped(V["amex2"], [4, 6, 5], "-")
V["disc_sp"] = g4(V["disc"])
V["jcb_sp"] = g4(V["jcb"])
V["diners_464"] = grouped(V["diners"], [4, 6, 4])
V["unionpay_sp"] = g4(V["unionpay"])
V["mc2s_sp"] = g4(V["mc2s"])
V["badcard1_sp"] = g4(V["badcard1"])
V["badcard2_d"] = g4(V["badcard2"], "-")
V["badcard5_sp"] = g4(V["badcard5"])
for cc in ["de", "fr", "es", "it", "nl", "be", "gb", "pt", "ch", "pl"]:
    V["iban_%s_sp" % cc] = g4(V["iban_" + cc])
V["iban2_de_sp"] = g4(V["iban2_de"])
V["iban2_fr_sp"] = g4(V["iban2_fr"])
V["iban2_es_sp"] = g4(V["iban2_es"])
V["ssn1_sp"] = V["ssn1"].replace("-", " ")
V["ssn2_pl"] = V["ssn2"].replace("-", "")
V["nhs1_sp"] = grouped(V["nhs1"], [3, 3, 4])
V["nhs2_d"] = grouped(V["nhs2"], [3, 3, 4], "-")
V["nino1_sp"] = grouped(V["nino1"], [2, 2, 2, 2, 1])
V["detax1_sp"] = grouped(V["detax1"], [2, 3, 3, 3])
V["nir1_sp"] = grouped(V["nir1"], [1, 2, 2, 2, 3, 3, 2])
V["nir2_sp"] = grouped(V["nir2"], [1, 2, 2, 2, 3, 3, 2])
V["dni2_d"] = V["dni2"][:8] + "-" + V["dni2"][8]
V["nie2_d"] = V["nie2"][0] + "-" + V["nie2"][1:8] + "-" + V["nie2"][8]
V["bsn2_d"] = grouped(V["bsn2"], [4, 2, 3], ".")
V["aad1_sp"] = grouped(V["aad1"], [4, 4, 4])
V["aad2_d"] = grouped(V["aad2"], [4, 4, 4], "-")
V["tfn1_sp"] = grouped(V["tfn1"], [3, 3, 3])
V["abn1_sp"] = grouped(V["abn1"], [2, 3, 3, 3])
V["abn2_sp"] = grouped(V["abn2"], [2, 3, 3, 3])
V["medi1_sp"] = grouped(V["medi1"], [4, 5, 1])
V["sin1_sp"] = grouped(V["sin1"], [3, 3, 3])
V["sin2_d"] = grouped(V["sin2"], [3, 3, 3], "-")

TEXTS = [
    # ================================================================ machine text: logs
    ("log", "2026-11-27T08:14:22.118Z INFO  auth-svc login ok user=[[EMAIL_ADDRESS|k.brandt@halvorsen-logistik.de]] ip=[[IP_ADDRESS|84.163.20.117]] session=%%uuid%% latency_ms=87"),
    ("log", "Nov 27 03:12:45 bastion-02 sshd[48812]: Failed password for invalid user admin from [[IP_ADDRESS|185.220.101.47]] port 51234 ssh2"),
    ("log", "[[IP_ADDRESS|203.0.113.58]] - - [27/Nov/2026:10:02:11 +0100] \"GET /api/v2/orders/884213?page=2 HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.6778.86\""),
    ("log", "level=warn ts=2026-11-27T09:41:07Z caller=billing.go:212 msg=\"card declined\" customer_id=C-558201 card=[[CREDIT_CARD|%%visa4%%]] amount=129.90 currency=EUR attempt=3"),
    ("log", "{\"ts\":\"2026-11-26T22:17:03.551Z\",\"level\":\"error\",\"svc\":\"kyc\",\"msg\":\"document mismatch\",\"applicant\":{\"email\":\"[[EMAIL_ADDRESS|lucia.ferreira88@gmail.com]]\",\"phone\":\"[[PHONE_NUMBER|+351 912 448 307]]\"},\"trace_id\":\"%%md5%%\",\"retry\":false}"),
    ("log", "DHCPACK on [[IP_ADDRESS|192.168.178.34]] to [[MAC_ADDRESS|3c:22:fb:0a:91:d4]] (Pixel-7a) via eth0\nDHCPREQUEST for [[IP_ADDRESS|192.168.178.51]] from [[MAC_ADDRESS|a4-83-e7-12-5f-c9]] via eth0 lease 86400"),
    ("log", "Nov 26 17:55:09 mx1 postfix/smtp[22107]: 4F2A81C03B: to=<[[EMAIL_ADDRESS|m.jansen@ziggo.nl]]>, relay=mx.ziggo.nl[[[IP_ADDRESS|212.54.42.168]]]:25, delay=1.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7741AF)"),
    ("log", "2026-11-27 11:03:58,442 ERROR [payment-worker-3] c.a.p.SepaExporter - IBAN rejected by bank for mandate MND-2026-004417: [[IBAN_CODE|%%iban_nl%%]] (holder [[PERSON|Pieter de Wit]])"),
    ("log", "WARN  secrets-scanner: possible credential committed in repo infra/terraform (commit %%sha2%%): AWS_ACCESS_KEY_ID=[[API_KEY|%%akia%%]]"),
    ("log", "sw-core-01#show mac address-table | include Gi1/0/14\n  20    [[MAC_ADDRESS|0050.56a3.7c1e]]    DYNAMIC     Gi1/0/14\n  20    [[MAC_ADDRESS|f8bc.1244.90ab]]    DYNAMIC     Gi1/0/14"),
    ("log", "fail2ban.actions [1184]: NOTICE [sshd] Ban [[IP_ADDRESS|2a01:4f8:c17:3b2e::1]]\nfail2ban.actions [1184]: NOTICE [sshd] Unban [[IP_ADDRESS|45.155.205.233]]"),
    ("log", "Build #4471 (v3.18.2-rc.1) finished in 04:12.7 — artifact app-3.18.2.jar sha256:%%sha%% uploaded by ci-runner-07"),
    ("log", "I1127 10:22:05.114293   1 controller.go:118] reconciling pod checkout-7f9c6b5d4-x2kqp ip=[[IP_ADDRESS|10.42.3.17]] node=ip-10-0-5-212.eu-west-1.compute.internal restartCount=4"),
    ("log", "sms-gateway 2026-11-27 07:30:12 delivered msgid=SM8841203377 to=[[PHONE_NUMBER|+447824900461]] from=ACME body_len=142 cost=0.0315"),
    ("log", "audit: user [[EMAIL_ADDRESS|priya.nair@finserve.in]] exported report RPT-20261127-0042 (rows=1882) from [[IP_ADDRESS|49.207.54.12]] at 2026-11-27T05:44:09+05:30"),
    ("log", "worker[3]: POST https://hooks.slack.com/services/T04AB12CD/B07ZX9Y1Q/%%pw2%% -> 200 (141ms)"),

    # ================================================================ CSV / TSV / tables
    ("csv", "customer_id,first_name,last_name,email,phone,country\n10041,[[PERSON|Hannah]],[[PERSON|Okafor]],[[EMAIL_ADDRESS|hannah.okafor@outlook.com]],[[PHONE_NUMBER|(312) 555-0174]],US\n10042,[[PERSON|Liam]],[[PERSON|Gallagher]],[[EMAIL_ADDRESS|liamg@eircom.net]],[[PHONE_NUMBER|+353 87 123 4567]],IE\n10043,[[PERSON|Ana]],[[PERSON|Souza]],[[EMAIL_ADDRESS|ana.souza@uol.com.br]],[[PHONE_NUMBER|+55 11 98765-4321]],BR"),
    ("csv", "Personalnummer;Vorname;Nachname;Steuer-ID;IBAN;Eintritt\nP-0817;[[PERSON|Jonas]];[[PERSON|Riedel]];[[DE_TAX_ID|%%detax1%%]];[[IBAN_CODE|%%iban_de%%]];01.03.2021\nP-0818;[[PERSON|Selin]];[[PERSON|Aydın]];[[DE_TAX_ID|%%detax2%%]];[[IBAN_CODE|%%iban2_de%%]];15.09.2022"),
    ("csv", "order_id,sku,qty,unit_price,total,tracking\nORD-2026-118842,SKU-44-1907-BLK,2,49.95,99.90,1Z999AA10123456784\nORD-2026-118843,SKU-12-0044-WHT,1,1299.00,1299.00,00340434161234567890\nORD-2026-118844,SKU-77-3310-RED,3,9.99,29.97,9400111899223197428490"),
    ("csv", "nom;prénom;NIR;date_naissance;téléphone;ville\n[[PERSON|Lefèvre]];[[PERSON|Camille]];[[FR_NIR|%%nir1%%]];[[DATE_TIME|14/02/1987]];[[PHONE_NUMBER|06 71 23 45 89]];[[LOCATION|Lyon]]\n[[PERSON|Moreau]];[[PERSON|Théo]];[[FR_NIR|%%nir2%%]];[[DATE_TIME|03/11/1979]];[[PHONE_NUMBER|01 42 68 53 07]];[[LOCATION|Paris]]"),
    ("csv", "employee\tname\tPAN\tAadhaar\tmobile\nE1021\t[[PERSON|Rohit Sharma]]\t[[IN_PAN|%%pan1%%]]\t[[IN_AADHAAR|%%aad1_sp%%]]\t[[PHONE_NUMBER|98450 12763]]\nE1022\t[[PERSON|Deepa Iyer]]\t[[IN_PAN|%%pan2%%]]\t[[IN_AADHAAR|%%aad3%%]]\t[[PHONE_NUMBER|+91 99001 48820]]"),
    ("csv", "invoice_no,date,net,vat,gross,iban_creditor\nRE-2026-00917,2026-11-03,1.250,00,237,50,1.487,50,[[IBAN_CODE|%%iban_at%%]]\nRE-2026-00918,2026-11-04,480,00,91,20,571,20,[[IBAN_CODE|%%iban2_at%%]]"),
    ("table", "NAME                 DOC       NUMBER        NATIONALITY   DOB\n[[PERSON|MARTINEZ GARCIA, JUAN]]  PASSPORT  [[US_PASSPORT|PAK204417]]     ESP           [[DATE_TIME|12 MAR 1984]]\n[[PERSON|OKONKWO, CHIDI]]           PASSPORT  [[US_PASSPORT|A07731942]]     NGA           [[DATE_TIME|30 JUL 1991]]\n[[PERSON|WEBER, KLARA]]             ID CARD   L01X00T47     DEU           [[DATE_TIME|05 JAN 1990]]"),
    ("table", "| Driver | State | License # | Exp. | Vehicle |\n|---|---|---|---|---|\n| [[PERSON|Marcus Bell]] | CA | [[US_DRIVER_LICENSE|D4817263]] | 2029-04 | Ford Transit 7XKJ221 |\n| [[PERSON|Tanya Ruiz]] | TX | [[US_DRIVER_LICENSE|41873306]] | 2027-11 | Ram ProMaster 8LTN094 |\n| [[PERSON|Greg Novak]] | FL | [[US_DRIVER_LICENSE|N162-447-83-219-0]] | 2030-01 | Ford E-350 JHX-4471 |"),
    ("table", "Host            IP               MAC                 Owner\nlaptop-hr-04    [[IP_ADDRESS|10.20.4.61]]       [[MAC_ADDRESS|9c:b6:d0:4e:11:a2]]   [[EMAIL_ADDRESS|s.ocampo@empresa.es]]\nprinter-2f      [[IP_ADDRESS|10.20.4.200]]      [[MAC_ADDRESS|00:1b:a9:77:3e:0c]]   facilities\nnas-01          [[IP_ADDRESS|10.20.0.10]]       [[MAC_ADDRESS|00:11:32:8f:c4:55]]   it-ops"),
    ("csv", "isbn,title,author,price,stock\n978-3-16-148410-0,Der Zauberberg,Thomas Mann,14.90,12\n978-0-306-40615-7,Signals and Noise,R. Patel,39.00,4\n978-88-04-66889-4,Il nome della rosa,Umberto Eco,13.50,20"),
    ("csv", "Naam,BSN,Geboortedatum,Telefoon,IBAN\n[[PERSON|Sanne Visser]],[[NL_BSN|%%bsn1%%]],[[DATE_TIME|21-06-1993]],[[PHONE_NUMBER|06-41827365]],[[IBAN_CODE|%%iban_nl_sp%%]]\n[[PERSON|Bram Mulder]],[[NL_BSN|%%bsn2_d%%]],[[DATE_TIME|09-12-1985]],[[PHONE_NUMBER|010 744 2198]],[[IBAN_CODE|%%iban2_nl%%]]"),
    ("table", "device_id       imei              iccid                  msisdn          status\nDV-00412   356938035643809   8944110068287401825   [[PHONE_NUMBER|+447712900872]]   active\nDV-00413   352099001761481   8944110068287401833   [[PHONE_NUMBER|+447539900318]]   suspended"),
    ("csv", "tx_id,timestamp,from_wallet,to_wallet,amount_btc,fee\ntx-88120,2026-11-27 04:12:09,[[CRYPTO|%%bc1a%%]],[[CRYPTO|%%btc1%%]],0.01850000,0.00002100\ntx-88121,2026-11-27 04:19:44,[[CRYPTO|%%btc2%%]],[[CRYPTO|%%bc1b%%]],0.25000000,0.00001800"),

    # ================================================================ JSON / YAML / .env / XML
    ("json", "{\n  \"user\": {\n    \"id\": 88214,\n    \"name\": \"[[PERSON|Giulia Romano]]\",\n    \"codice_fiscale\": \"[[IT_FISCAL_CODE|%%cf1%%]]\",\n    \"iban\": \"[[IBAN_CODE|%%iban_it%%]]\",\n    \"cellulare\": \"[[PHONE_NUMBER|+39 347 218 6604]]\",\n    \"created_at\": \"2026-10-02T14:55:12Z\"\n  },\n  \"order\": {\"id\": \"IT-2026-55120\", \"total\": 184.30}\n}"),
    ("json", "{\"paciente\":{\"nombre\":\"[[PERSON|Lucía Moreno Ruiz]]\",\"dni\":\"[[ES_NIF|%%dni1%%]]\",\"fecha_nacimiento\":\"[[DATE_TIME|1978-05-19]]\",\"telefono\":\"[[PHONE_NUMBER|612 48 73 90]]\",\"email\":\"[[EMAIL_ADDRESS|lucia.moreno@telefonica.net]]\"},\"cita\":{\"id\":\"CT-77120\",\"fecha\":\"2026-12-03T09:30\"}}"),
    ("json", "[{\"sku\":\"A-4471-BLU\",\"ean\":\"4006381333931\",\"price\":\"19.99\",\"qty\":3},{\"sku\":\"B-0092-GRN\",\"ean\":\"5901234123457\",\"price\":\"4.50\",\"qty\":10},{\"sku\":\"C-8810-RED\",\"ean\":\"0012345678905\",\"price\":\"129.00\",\"qty\":1}]"),
    ("json", "{\"event\":\"payment.failed\",\"id\":\"evt_%%pw4%%\",\"data\":{\"card\":{\"brand\":\"amex\",\"number\":\"[[CREDIT_CARD|%%amex1%%]]\",\"exp\":\"09/28\"},\"billing\":{\"name\":\"[[PERSON|Chloe Tan]]\",\"email\":\"[[EMAIL_ADDRESS|chloe.tan@singnet.com.sg]]\",\"phone\":\"[[PHONE_NUMBER|+65 9123 4871]]\",\"nric\":\"[[SG_NRIC_FIN|%%nric1%%]]\"}}}"),
    ("env", "# .env.production\nDATABASE_URL=postgres://app_user:[[API_KEY|%%pw1%%]]@db-prod.internal:5432/shop\nREDIS_URL=redis://cache.internal:6379/0\nSTRIPE_SECRET_KEY=[[API_KEY|%%stripe%%]]\nOPENAI_API_KEY=[[API_KEY|%%skproj%%]]\nAPP_VERSION=4.2.19\nSENTRY_RELEASE=4.2.19+build.883\nSUPPORT_EMAIL=[[EMAIL_ADDRESS|support@kleinwerk.io]]"),
    ("yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: github-runner\n  namespace: ci\nstringData:\n  GITHUB_TOKEN: [[API_KEY|%%ghp%%]]\n  SLACK_BOT_TOKEN: [[API_KEY|%%xoxb%%]]\n  HF_TOKEN: [[API_KEY|%%hf%%]]\n  runner_image: ghcr.io/acme/runner:2.321.0"),
    ("yaml", "contacts:\n  - name: [[PERSON|Aoife Byrne]]\n    role: DPO\n    email: [[EMAIL_ADDRESS|aoife.byrne@lumenhealth.ie]]\n    phone: \"[[PHONE_NUMBER|+353 1 554 2271]]\"\n  - name: Service Desk\n    email: servicedesk@lumenhealth.ie\n    phone: \"1800 200 300\"\n    hours: 08:00-18:00"),
    ("xml", "<Customer id=\"CU-330912\">\n  <FullName>[[PERSON|Sophie Laurent]]</FullName>\n  <Email>[[EMAIL_ADDRESS|sophie.laurent@orange.fr]]</Email>\n  <Phone type=\"mobile\">[[PHONE_NUMBER|+33 6 48 21 77 09]]</Phone>\n  <IBAN>[[IBAN_CODE|%%iban_fr%%]]</IBAN>\n  <BIC>BNPAFRPPXXX</BIC>\n  <Contract ref=\"CTR-2026-04471\" signed=\"2026-03-14\"/>\n</Customer>"),
    ("xml", "<Employee><Name>[[PERSON|Oliver Hughes]]</Name><NINumber>[[UK_NINO|%%nino1%%]]</NINumber><NHSNumber>[[UK_NHS|%%nhs1%%]]</NHSNumber><Payroll>PR-00912</Payroll><StartDate>2024-09-02</StartDate></Employee>"),
    ("json", "{\"wallets\":[{\"chain\":\"ethereum\",\"address\":\"[[CRYPTO|%%eth1%%]]\",\"label\":\"cold storage\"},{\"chain\":\"ethereum\",\"tx\":\"0x%%sha%%\",\"block\":21334871}]}"),
    ("ini", "[smtp]\nhost = smtp.mailgun.org\nport = 587\nuser = [[EMAIL_ADDRESS|postmaster@mg.fjordbakery.no]]\npassword = [[API_KEY|%%pw3%%]]\n\n[app]\nversion = 2.0.14\nbuild = 20261127.3"),
    ("json", "{\"type\":\"service_account\",\"project_id\":\"acme-prod-4471\",\"private_key_id\":\"[[API_KEY|%%sha2%%]]\",\"client_email\":\"etl-runner@acme-prod-4471.iam.gserviceaccount.com\",\"client_id\":\"104882177340912233418\"}"),
    ("env", "export AWS_ACCESS_KEY_ID=[[API_KEY|%%akia%%]]\nexport AWS_SECRET_ACCESS_KEY=[[API_KEY|%%awssec%%]]\nexport AWS_DEFAULT_REGION=eu-central-1\nexport TF_VAR_instance_count=3"),
    ("json", "{\"headers\":{\"Authorization\":\"Bearer [[API_KEY|%%jwt%%]]\",\"X-Request-Id\":\"%%uuid2%%\",\"User-Agent\":\"okhttp/4.12.0\"},\"path\":\"/v1/me\"}"),

    # ================================================================ KYC forms
    ("form", "KYC APPLICATION — Individual\nFull name: [[PERSON|Ravi Shankar Menon]]\nDate of birth: [[DATE_TIME|22/08/1989]]\nPAN: [[IN_PAN|%%pan3%%]]\nAadhaar No.: [[IN_AADHAAR|%%aad2_d%%]]\nMobile: [[PHONE_NUMBER|+91 90040 17732]]\nEmail: [[EMAIL_ADDRESS|ravi.menon89@rediffmail.com]]\nApplication ref: KYC/2026/11/004417"),
    ("form", "Antrag auf Kontoeröffnung\nName, Vorname: [[PERSON|Schulte, Miriam]]\nGeburtsdatum: [[DATE_TIME|07.04.1992]]\nSteuerliche Identifikationsnummer: [[DE_TAX_ID|%%detax1_sp%%]]\nReisepassnummer: [[US_PASSPORT|C4J7R2K91]]\nTelefon: [[PHONE_NUMBER|0221 / 4471 2209]]\nIBAN (Referenzkonto): [[IBAN_CODE|%%iban2_de_sp%%]]\nAntragsnummer: 2026-KO-118234"),
    ("form", "Formulaire d'adhésion\nNom : [[PERSON|Nguyen]]    Prénom : [[PERSON|Minh-Anh]]\nN° de sécurité sociale : [[FR_NIR|%%nir2_sp%%]]\nPasseport n° : [[US_PASSPORT|19AF47218]]\nTél. portable : [[PHONE_NUMBER|07 82 14 55 60]]\nCourriel : [[EMAIL_ADDRESS|minhanh.nguyen@free.fr]]\nN° adhérent : 000448127"),
    ("form", "SOLICITUD DE ALTA\nApellidos y nombre: [[PERSON|Fernández Ortega, Pablo]]\nNIE: [[ES_NIE|%%nie2_d%%]]\nPasaporte: [[US_PASSPORT|XDB512847]]\nTeléfono móvil: [[PHONE_NUMBER|+34 655 21 48 09]]\nIBAN: [[IBAN_CODE|%%iban_es_sp%%]]\nNº expediente: 2026/ALT/03318"),
    ("form", "Modulo di registrazione paziente\nCognome e nome: [[PERSON|Esposito Martina]]\nCodice fiscale: [[IT_FISCAL_CODE|%%cf2%%]]\nNata a [[LOCATION|Napoli]] il [[DATE_TIME|11/09/1995]]\nTessera sanitaria n. 80380001200012345678\nCellulare: [[PHONE_NUMBER|333 912 4408]]\nPatente di guida: [[US_DRIVER_LICENSE|NA5218473K]]"),
    ("form", "Australian Tax File Number declaration\nPayee: [[PERSON|Jack Thompson]]\nTFN: [[AU_TFN|%%tfn1_sp%%]]\nPayer ABN: [[AU_ABN|%%abn1_sp%%]]\nMedicare card: [[AU_MEDICARE|%%medi1_sp%%]]\nPhone: [[PHONE_NUMBER|0412 558 903]]\nPayroll ref: 00045128"),
    ("form", "Employee onboarding (Canada)\nLegal name: [[PERSON|Émilie Tremblay]]\nSocial Insurance Number: [[CA_SIN|%%sin1_sp%%]]\nDriver's licence (QC): [[US_DRIVER_LICENSE|T6512-180489-07]]\nHome phone: [[PHONE_NUMBER|(514) 555-0162]]\nEmployee #: 40918"),
    ("form", "W-4 / I-9 intake\nEmployee: [[PERSON|Daniel Okoro]]\nSSN: [[US_SSN|%%ssn1%%]]\nSpouse ITIN: [[US_ITIN|%%itin1%%]]\nUS Passport No.: [[US_PASSPORT|583194027]]\nDriver License (NY): [[US_DRIVER_LICENSE|842 119 374]]\nDOB: [[DATE_TIME|04/17/1986]]\nCase # 2026-IMM-0881"),
    ("form", "Aanvraagformulier huurwoning\nNaam: [[PERSON|Yara de Boer]]\nBSN: [[NL_BSN|%%bsn3%%]]\nRijbewijsnummer: [[US_DRIVER_LICENSE|5108847261]]\nTelefoon: [[PHONE_NUMBER|+31 6 2814 7730]]\nIBAN: [[IBAN_CODE|%%iban2_nl%%]]\nReferentie: HW-2026-0417"),
    ("form", "Singapore work pass application\nName: [[PERSON|Lim Wei Ling]]\nNRIC: [[SG_NRIC_FIN|%%nric2%%]]\nSpouse FIN: [[SG_NRIC_FIN|%%fin1%%]]\nContact: [[PHONE_NUMBER|8123 4567]]\nPassport: [[US_PASSPORT|K1209348C]]\nApplication no. WP-26-114409"),
    ("form", "PATIENT REGISTRATION (NHS)\nName: [[PERSON|Eleanor Price]]\nNHS number: [[UK_NHS|%%nhs2_d%%]]\nNI number: [[UK_NINO|%%nino1_sp%%]]\nDOB: [[DATE_TIME|28/01/1958]]\nTel: [[PHONE_NUMBER|0161 496 0732]]\nGP practice code: P84021"),
    ("form", "Ficha de cliente\nNome: [[PERSON|João Pedro Almeida]]\nNIF: 245 118 392\nTelemóvel: [[PHONE_NUMBER|912 704 118]]\nIBAN: [[IBAN_CODE|%%iban_pt_sp%%]]\nCarta de condução: [[US_DRIVER_LICENSE|L-1482291]]\nN.º cliente: 00711842"),

    # ================================================================ human text: chats
    ("chat", "[09:12] [[PERSON|Jess]]: hey can u send me ur iban for the flat deposit? 🏠\n[09:14] [[PERSON|Marco]]: sure it's [[IBAN_CODE|%%iban_it%%]] 👍\n[09:14] [[PERSON|Marco]]: order # for the sofa is 7731-2204-19 btw, not mine lol\n[09:15] [[PERSON|Jess]]: ty!! 🙏"),
    ("chat", "[[PERSON|lena]]: mein neues handy: [[PHONE_NUMBER|0176 2281 4473]] 📱\n[[PERSON|tobi]]: gespeichert! die alte 0151er nummer ist weg?\n[[PERSON|lena]]: ja. paket kommt übrigens morgen, sendungsnr 00340434161094038721 😅"),
    ("chat", "<[[PERSON|kev]]> deploy broke again, prod db is [[IP_ADDRESS|10.0.14.22]]\n<[[PERSON|sara_ops]]> rolling back to 2.14.7, build 8821\n<[[PERSON|kev]]> also someone pasted a key in #general: [[API_KEY|%%glpat%%]] revoke pls 🙈"),
    ("chat", "Cliente: hola, mi DNI es [[ES_NIF|%%dni3%%]] y no me deja entrar 😤\nAgente: Gracias. ¿Me confirma el teléfono que tiene registrado?\nCliente: [[PHONE_NUMBER|678 33 21 90]]\nAgente: Perfecto. Su número de incidencia es INC-2026-448120."),
    ("chat", "[[PERSON|Ama]] 💕: girl my new number is [[PHONE_NUMBER|+44 7911 123456]]\n[[PERSON|Ama]] 💕: old one got stolen w the phone 😭\n[[PERSON|Zoe]]: omg noo. saved ✅ btw the asos refund ref is 1120048837"),
    ("chat", "[[PERSON|papa]]: Schatz, die Kreditkarte für die Buchung ist [[CREDIT_CARD|%%mc1_sp%%]], Ablauf 08/27\n[[PERSON|papa]]: Buchungsnummer LH4K7Q, Flug LH 1172 um 14:35\n[[PERSON|mia]]: ok danke 😘"),
    ("chat", "[[PERSON|noor]]: can you venmo me? or zelle to [[PHONE_NUMBER|(646) 555-0193]]\n[[PERSON|dev]]: zelle sent $42.50, conf #Z8Q1204471\n[[PERSON|noor]]: got it 🙌"),
    ("chat", "[[PERSON|Chiara]]: mi mandi il tuo codice fiscale per il contratto?\n[[PERSON|Davide]]: [[IT_FISCAL_CODE|%%cf3%%]]\n[[PERSON|Davide]]: e il numero è sempre [[PHONE_NUMBER|340 118 2275]] 📞\n[[PERSON|Chiara]]: perfetto, fattura n. 2026/0412 arriva domani"),
    ("chat", "[[PERSON|wout]]: wat is je BSN ook alweer? de belastingdienst vraagt het\n[[PERSON|femke]]: [[NL_BSN|%%bsn4%%]] 🙄\n[[PERSON|femke]]: en mijn nieuwe mail is [[EMAIL_ADDRESS|femke.bakker@kpnmail.nl]]"),
    ("chat", "[[PERSON|Tomás]]: manda-me o teu NIF e o IBAN para a transferência 💸\n[[PERSON|Inês]]: IBAN [[IBAN_CODE|%%iban_pt%%]]\n[[PERSON|Inês]]: o telemóvel é [[PHONE_NUMBER|+351 936 221 047]]\n[[PERSON|Tomás]]: feito! ref. pagamento 4471 2290 118"),
    ("chat", "user: my card [[CREDIT_CARD|%%visa1_sp%%]] was charged twice for order 4482-1193-0027-5510 ??\nbot: I'm sorry about that! I've opened case CS-88120. A refund of $59.99 will appear in 5-7 days."),
    ("chat", "[[PERSON|sam]] 🚀: gm! here's my ETH for the payout [[CRYPTO|%%eth2%%]]\n[[PERSON|sam]] 🚀: and BTC if easier: [[CRYPTO|%%bc1a%%]]\n[[PERSON|mod-bot]]: ⚠️ never share seed phrases. tx hash 0x%%sha%% confirmed."),
    ("chat", "[[PERSON|Aarav]]: bhai aadhaar number bhej de, form bharna hai\n[[PERSON|Kabir]]: [[IN_AADHAAR|%%aad4%%]]\n[[PERSON|Kabir]]: PAN bhi chahiye? [[IN_PAN|%%pan4%%]]\n[[PERSON|Aarav]]: haan thanks 👍 OTP aaya 448120"),
    ("chat", "[[PERSON|Ola]]: hej! mitt nya nummer är [[PHONE_NUMBER|070-412 83 56]] 😊\n[[PERSON|Erik]]: toppen. skicka IBAN för hyran? [[IBAN_CODE|%%iban_se%%]] funkar?\n[[PERSON|Ola]]: ja det är mitt konto"),
    ("chat", "[[PERSON|mike]]: whats the wifi again\n[[PERSON|ben]]: SSID Casa_5G pw is sunflower2024 lol\n[[PERSON|mike]]: router admin at [[URL|http://192.168.1.1]] right?\n[[PERSON|ben]]: yep"),

    # ================================================================ support e-mails
    ("email", "From: [[PERSON|Karen Mitchell]] <[[EMAIL_ADDRESS|karen.mitchell@comcast.net]]>\nTo: support@brightbank.com\nSubject: Dispute on card ending 4471\n\nHello,\n\nI see a charge of $312.40 on 11/24 that I did not make. My full card number is [[CREDIT_CARD|%%visa2_d%%]] and my SSN is [[US_SSN|%%ssn2%%]] if you need to verify. Transaction ID: TXN-88420177-A.\n\nPlease call me at [[PHONE_NUMBER|(703) 555-0148]].\n\nKaren"),
    ("email", "Von: [[PERSON|Frank Wolters]] <[[EMAIL_ADDRESS|f.wolters@t-online.de]]>\nBetreff: Rückerstattung Bestellung 302-4471823-9912204\n\nSehr geehrte Damen und Herren,\n\nbitte überweisen Sie den Betrag von 89,99 € auf mein Konto:\nIBAN [[IBAN_CODE|%%iban_de_sp%%]]\nBIC COBADEFFXXX\n\nFür Rückfragen erreichen Sie mich unter [[PHONE_NUMBER|+49 160 9442 1873]].\n\nMit freundlichen Grüßen\n[[PERSON|Frank Wolters]]\n[[LOCATION|Am Lindenhof 12, 45127 Essen]]"),
    ("email", "Objet : Changement de coordonnées bancaires\n\nBonjour,\n\nSuite à mon déménagement à [[LOCATION|Bordeaux]], voici mon nouveau RIB : [[IBAN_CODE|%%iban2_fr_sp%%]].\nMon numéro de client reste le 00044812; numéro de contrat CTR-88-1204.\nJe suis joignable au [[PHONE_NUMBER|06.12.48.77.30]].\n\nCordialement,\n[[PERSON|Hélène Garnier]]"),
    ("email", "Asunto: Error en la factura FAC-2026-08812\n\nBuenos días,\n\nEn la factura de noviembre aparece un cargo de 45,90 € que no reconozco. Mi NIE es [[ES_NIE|%%nie1%%]] y la cuenta de domiciliación [[IBAN_CODE|%%iban2_es_sp%%]].\n\nPueden llamarme al [[PHONE_NUMBER|91 412 77 08]] por las mañanas.\n\nUn saludo,\n[[PERSON|Marta Gil]]"),
    ("email", "Oggetto: Rimborso ordine n. 40-1182-7734\n\nBuongiorno,\nvi scrivo per il rimborso. Vi lascio il mio IBAN [[IBAN_CODE|%%iban2_it%%]] intestato a [[PERSON|Francesca Bianchi]].\nTracking del reso: 1Z4471W20391188204.\nTel. [[PHONE_NUMBER|02 8901 4472]]\nGrazie"),
    ("email", "Onderwerp: Wijziging rekeningnummer\n\nBeste klantenservice,\n\nMijn nieuwe rekeningnummer is [[IBAN_CODE|%%iban_be_sp%%]] (Belgische bank). Klantnummer 7741203, factuur 2026-11-0448.\nBel me gerust op [[PHONE_NUMBER|+32 470 12 34 56]].\n\nMet vriendelijke groet,\n[[PERSON|Thijs Peeters]]"),
    ("email", "Subject: Re: your account\n\nHi [[PERSON|Tom]],\n\nthanks for the quick reply! Below the details you asked for:\n- Passport: [[US_PASSPORT|125887204]] (UK, expires 2031)\n- National Insurance: [[UK_NINO|%%nino2%%]]\n- Phone: [[PHONE_NUMBER|07712 900 482]]\nMy reference was ACC-2026-11-004412.\n\nBest,\n[[PERSON|Priya Patel]]\nSent from my iPhone"),
    ("email", "Subject: API key leaked?\n\nHey team, I accidentally pasted our Anthropic key into a public gist: [[API_KEY|%%skant%%]] — I deleted it after 10 min but please rotate. Gist id 8f3c2a91d7e64b0c9a11. Also the SendGrid one in the same file: [[API_KEY|%%sg%%]]\n\n— [[PERSON|Nils]]"),
    ("email", "Subject: Payroll setup\n\nHi [[PERSON|Sarah]],\n\nplease set up my salary payment to BSB 062-000 account 1048 2279, and my TFN is [[AU_TFN|%%tfn2%%]]. Medicare no. [[AU_MEDICARE|%%medi2%%]] for the health cover.\nMobile [[PHONE_NUMBER|+61 412 804 337]].\n\nCheers,\n[[PERSON|Liam O'Connor]]"),
    ("email", "Subject: Invoice 2026-0917 / ABN\n\nHi,\nour ABN is [[AU_ABN|%%abn2_sp%%]] — please update it on invoice 2026-0917 (amount AUD 4,180.00, PO 88120).\nThanks, Accounts"),
    ("email", "From: HR <hr@northwind.ca>\nSubject: T4 correction\n\n[[PERSON|Raj]], your SIN on file is [[CA_SIN|%%sin2_d%%]]. The T4 shows employer account 88123 4471 RP0001 — that's ours, not yours. Please call [[PHONE_NUMBER|416-555-0187]] ext. 204."),
    ("email", "Subject: Wire instructions\n\nBeneficiary: [[PERSON|Anders Lund]]\nIBAN: [[IBAN_CODE|%%iban_dk%%]]\nSWIFT: DABADKKK\nReference: INV 77120 / PO 4471\nAmount: DKK 18.400,00\nQuestions: [[EMAIL_ADDRESS|anders.lund@lundbyg.dk]] / [[PHONE_NUMBER|+45 20 44 81 73]]"),

    # ================================================================ call transcripts
    ("call", "AGENT: Thank you for calling, can I have your account number?\nCALLER: It's 4471 2290.\nAGENT: And to verify, the last four of your social?\nCALLER: Actually here's the full one, [[US_SSN|%%ssn1_sp%%]].\nAGENT: Thank you Mr. [[PERSON|Jenkins]]. And a callback number?\nCALLER: [[PHONE_NUMBER|404 555 0119]]."),
    ("call", "Agent: Bonjour, service client, je vous écoute.\nClient: Oui, bonjour, c'est [[PERSON|Martine Roux]], j'appelle pour ma carte bloquée.\nAgent: Votre numéro de carte s'il vous plaît ?\nClient: [[CREDIT_CARD|%%mc3_d%%]].\nAgent: Merci. Et un numéro où vous joindre ?\nClient: [[PHONE_NUMBER|06 22 41 87 93]]."),
    ("call", "Transcript 00:03:12 — Caller gave driver's license number [[US_DRIVER_LICENSE|S530-4418-2207]] (Illinois) and date of birth [[DATE_TIME|June 3, 1975]]. Claim number CLM-2026-448812. Vehicle VIN 1HGCM82633A004352."),
    ("call", "Operator: ¿Me puede dar un número de contacto?\nLlamante: Sí, el [[PHONE_NUMBER|+52 55 1234 5678]], es de [[LOCATION|Ciudad de México]].\nOperator: ¿Y su CURP o pasaporte?\nLlamante: Pasaporte [[US_PASSPORT|G41872209]].\nOperator: Gracias, su folio es 2026-118-4471."),
    ("call", "[00:00:41] Kunde: Meine Versichertennummer? Moment... A123456780, und meine Handynummer ist [[PHONE_NUMBER|0157 3318 2204]].\n[00:01:10] Agent: Danke, Herr [[PERSON|Yilmaz]]. Ihre Vorgangsnummer lautet 2026-VN-44812."),
    ("call", "Rep: For security, can you read me the long number on your card?\nCustomer: [[CREDIT_CARD|%%amex2_465d%%]]\nRep: And the expiry?\nCustomer: 11/29, CVV is 4471\nRep: Perfect, your confirmation number is 88 4120 3371."),
    ("call", "Chamada 14:22 — cliente [[PERSON|Beatriz Lopes]] pediu alteração da morada para [[LOCATION|Rua de Santa Catarina 412, 4000-447 Porto]]. Contacto [[PHONE_NUMBER|22 208 4471]]. Processo n.º 2026/04471."),

    # ================================================================ HR / medical notes
    ("note", "HR note 27/11: [[PERSON|Julia Kowalski]] (emp. 20417) changed her bank account to [[IBAN_CODE|%%iban_pl_sp%%]] and her phone to [[PHONE_NUMBER|+48 512 448 307]]. Payroll run 2026-11 already closed, change effective Dec."),
    ("note", "Pt [[PERSON|Harold Finch]], NHS [[UK_NHS|%%nhs3%%]], DOB [[DATE_TIME|02/11/1949]], seen in clinic. BP 142/88, HbA1c 58 mmol/mol. Next review 6/12. Rx: metformin 500mg bd. Contact NOK (daughter) [[PHONE_NUMBER|07534 900 615]]."),
    ("note", "Arztbrief: Patientin [[PERSON|Ingrid Hofmann]], geb. [[DATE_TIME|19.10.1961]], Versichertennr. K220471189. Labor: CRP 12,4 mg/l, Hb 11,8 g/dl. Rückfragen an Praxis Dr. [[PERSON|Albers]], Tel. [[PHONE_NUMBER|089 2314 5567]]."),
    ("note", "Consultation du 26/11 — M. [[PERSON|Karim Benali]], NIR [[FR_NIR|%%nir3%%]]. TA 13/8, FC 72. Ordonnance n° 2026-4471. Rappeler au [[PHONE_NUMBER|+33 7 61 28 44 90]]."),
    ("note", "Onboarding checklist for [[PERSON|Wei Zhang]]: laptop asset AS-20471 (MAC [[MAC_ADDRESS|d4:5d:64:a1:7e:03]]), badge 004471, VPN user wzhang, passport copy [[US_PASSPORT|EJ4471802]] received, I-94 #  4471120938A."),
    ("note", "Ficha clínica — paciente [[PERSON|Raúl Domínguez]], DNI [[ES_NIF|%%dni2_d%%]], nacido el [[DATE_TIME|17 de marzo de 1970]]. Alergia a penicilina. Cama 412, habitación 4B. Tel. familiar [[PHONE_NUMBER|699 412 208]]."),
    ("note", "Verslag: cliënt [[PERSON|Henk Smit]] (BSN [[NL_BSN|%%bsn2%%]]) belde over zijn toeslag. Dossiernummer 2026-0047-118. Terugbellen op [[PHONE_NUMBER|06 1827 4455]]."),
    ("note", "Performance review 2026 — [[PERSON|Alicia Gomez]], employee ID 88412, level L4, rating 3.8/5. Salary band 92,000-110,000. Manager: [[PERSON|Tom Becker]]."),
    ("note", "Nota RH: [[PERSON|Lorenzo Conti]] ha comunicato il nuovo IBAN [[IBAN_CODE|%%iban_it%%]]; matricola 00471, codice fiscale [[IT_FISCAL_CODE|%%cf4%%]]. Contratto CCNL commercio, livello 4."),

    # ================================================================ mixed / misc
    ("misc", "Wire from [[IBAN_CODE|%%iban_ch_sp%%]] (Zürcher Kantonalbank) to [[IBAN_CODE|%%iban_lu%%]], ref 2026-11-27-004471, EUR 12,500.00"),
    ("misc", "Payment methods on file: Visa [[CREDIT_CARD|%%visa3_sp%%]], Mastercard [[CREDIT_CARD|%%mc2s_sp%%]], Discover [[CREDIT_CARD|%%disc_sp%%]]. Gift card 6006 4912 3344 7710 (balance $25)."),
    ("misc", "JCB [[CREDIT_CARD|%%jcb_sp%%]] / Diners [[CREDIT_CARD|%%diners_464%%]] / UnionPay [[CREDIT_CARD|%%unionpay_sp%%]] — test of the new terminal, batch 0447, terminal ID 88120431"),
    ("misc", "Scan of a note found in the lobby: \"call me!! [[PHONE_NUMBER|+1 917 555 0123]] — [[PERSON|Tasha]] 💋\" — lost & found ticket LF-1129"),
    ("misc", "Please update the vendor master: supplier 70044812, IBAN [[IBAN_CODE|%%iban_gb_sp%%]], VAT GB 123 4567 89, contact [[EMAIL_ADDRESS|ap@thornbury-supplies.co.uk]]"),
    ("misc", "Server inventory: web01 [[IP_ADDRESS|198.51.100.23]], web02 [[IP_ADDRESS|198.51.100.24]], db [[IP_ADDRESS|fd12:3456:789a:1::20]]; ports 443, 8443; firmware 4.18.120.1"),
    ("misc", "Mój PESEL to 92071314764, a numer telefonu [[PHONE_NUMBER|+48 601 225 471]]. Konto: [[IBAN_CODE|%%iban2_pl%%]]."),
    ("misc", "Kontonummer (IBAN): [[IBAN_CODE|%%iban_no%%]] — faktura nr 2026-4471, forfall 15.12.2026, beløp kr 4 180,00. Ring [[PHONE_NUMBER|+47 912 44 817]] ved spørsmål."),
    ("misc", "Tilinumero [[IBAN_CODE|%%iban_fi%%]], viite 1122 33440, eräpäivä 30.11.2026. Puhelin [[PHONE_NUMBER|040 123 4567]]."),
    ("misc", "Your verification link: [[URL|https://accounts.example-bank.com/verify?session=8f2a&step=2]] (expires in 15 min). Not you? Call 1-800-555-0199."),
    ("misc", "GitHub PAT rotated for [[PERSON|Lea]]: old [[API_KEY|%%ghp2%%]] revoked at 2026-11-27 09:00 UTC; npm token [[API_KEY|%%npm%%]] still active."),
    ("misc", "Maps key in the Android manifest: [[API_KEY|%%aiza%%]] (restricted to com.acme.app, SHA-1 %%sha2%%)"),
    ("misc", "Stripe restricted key [[API_KEY|%%stripe2%%]] created for the reporting job; publishable key pk_live_ is fine to share."),
    ("misc", "Hi! It's [[PERSON|Nadia]] 👋 new email: [[EMAIL_ADDRESS|nadia.haddad+shop@proton.me]], new mobile [[PHONE_NUMBER|+971 50 412 8837]]. Loyalty card 6280 4471 2209 1183 still the same."),
    ("misc", "Blog: we moved to [[URL|https://www.kaffeewerk-hamburg.de/blog]] — subscribe! Contact [[EMAIL_ADDRESS|hallo@kaffeewerk-hamburg.de]]"),
    ("misc", "ITIN letter for [[PERSON|Carlos Mendoza]]: your IRS Individual Taxpayer Identification Number is [[US_ITIN|%%itin2%%]]. Notice CP565, dated Nov 12, 2026."),
    ("misc", "SSN [[US_SSN|%%ssn3%%]] / EIN 12-3456789 / routing 021000021 / account 000123456789 (checking)"),
    ("misc", "Fahrerlaubnis-Nr. [[US_DRIVER_LICENSE|B072RRE2I55]] (Klasse B, CE), ausgestellt [[LOCATION|Köln]]. Halter-Kennzeichen K-AB 4471."),
    ("misc", "Permis de conduire n° [[US_DRIVER_LICENSE|120475300182]] délivré le 14/06/2012 ; immatriculation GH-447-TZ."),
    ("misc", "UK driving licence: [[US_DRIVER_LICENSE|MORGA753116SM9IJ]], issue no. 12, valid to 2031. Car reg AB12 CDE."),
    ("misc", "Permiso de conducir: [[US_DRIVER_LICENSE|%%dni4%%]] (el mismo número que el DNI), clase B, caduca 2033."),

    # ================================================================ dense records (many values per text)
    ("csv", "id,name,email,phone,card_last_used\n1,[[PERSON|Emily Carter]],[[EMAIL_ADDRESS|emily.carter@yahoo.com]],[[PHONE_NUMBER|(206) 555-0131]],[[CREDIT_CARD|%%visa10%%]]\n2,[[PERSON|Jamal Wright]],[[EMAIL_ADDRESS|jwright77@gmail.com]],[[PHONE_NUMBER|305-555-0182]],[[CREDIT_CARD|%%mc10%%]]\n3,[[PERSON|Sofia Russo]],[[EMAIL_ADDRESS|sofia.russo@icloud.com]],[[PHONE_NUMBER|+1 (617) 555-0107]],[[CREDIT_CARD|%%visa11%%]]\n4,[[PERSON|Kenji Sato]],[[EMAIL_ADDRESS|kenji.sato@me.com]],[[PHONE_NUMBER|+81 3-5412-7780]],[[CREDIT_CARD|%%mc11%%]]\n5,[[PERSON|Olga Petrova]],[[EMAIL_ADDRESS|o.petrova@mail.ru]],[[PHONE_NUMBER|+7 916 412-88-30]],[[CREDIT_CARD|%%visa12%%]]\n6,[[PERSON|Mateo Silva]],[[EMAIL_ADDRESS|mateo.silva@hotmail.es]],[[PHONE_NUMBER|+34 622 19 84 07]],[[CREDIT_CARD|%%mc12%%]]\n7,[[PERSON|Grace Kim]],[[EMAIL_ADDRESS|grace.kim@naver.com]],[[PHONE_NUMBER|+82 10-4471-2290]],[[CREDIT_CARD|%%visa13%%]]\n8,[[PERSON|Noah Fischer]],[[EMAIL_ADDRESS|noah.fischer@gmx.ch]],[[PHONE_NUMBER|+41 79 448 12 07]],[[CREDIT_CARD|%%mc13%%]]"),
    ("log", "[[IP_ADDRESS|66.249.66.1]] - - [27/Nov/2026:06:25:14 +0000] \"GET /robots.txt HTTP/1.1\" 200 68\n[[IP_ADDRESS|40.77.167.12]] - - [27/Nov/2026:06:25:19 +0000] \"GET /sitemap.xml HTTP/1.1\" 304 0\n[[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] - - [27/Nov/2026:06:25:31 +0000] \"POST /login HTTP/2.0\" 302 0\n[[IP_ADDRESS|91.198.174.192]] - - [27/Nov/2026:06:26:02 +0000] \"GET /wp-admin/ HTTP/1.1\" 404 162\n[[IP_ADDRESS|127.0.0.1]] - - [27/Nov/2026:06:26:05 +0000] \"GET /healthz HTTP/1.1\" 200 2\n[[IP_ADDRESS|172.16.8.41]] - - [27/Nov/2026:06:26:09 +0000] \"GET /api/v1/items?limit=50 HTTP/1.1\" 200 18422\n[[IP_ADDRESS|2a02:908:1a2:b3c0:4d5e:6f70:8192:a3b4]] - - [27/Nov/2026:06:26:44 +0000] \"GET / HTTP/2.0\" 200 5120"),
    ("json", "[\n {\"emp\":\"A-101\",\"name\":\"[[PERSON|Robert King]]\",\"ssn\":\"[[US_SSN|%%ssn10%%]]\",\"work_email\":\"[[EMAIL_ADDRESS|rking@meridian-corp.com]]\",\"cell\":\"[[PHONE_NUMBER|702-555-0164]]\"},\n {\"emp\":\"A-102\",\"name\":\"[[PERSON|Maria Lopez]]\",\"ssn\":\"[[US_SSN|%%ssn11%%]]\",\"work_email\":\"[[EMAIL_ADDRESS|mlopez@meridian-corp.com]]\",\"cell\":\"[[PHONE_NUMBER|(480) 555-0129]]\"},\n {\"emp\":\"A-103\",\"name\":\"[[PERSON|Kevin Nguyen]]\",\"ssn\":\"[[US_SSN|%%ssn12%%]]\",\"work_email\":\"[[EMAIL_ADDRESS|knguyen@meridian-corp.com]]\",\"cell\":\"[[PHONE_NUMBER|+1 503 555 0177]]\"},\n {\"emp\":\"A-104\",\"name\":\"[[PERSON|Laura Schmidt]]\",\"ssn\":\"[[US_SSN|%%ssn13%%]]\",\"work_email\":\"[[EMAIL_ADDRESS|lschmidt@meridian-corp.com]]\",\"cell\":\"[[PHONE_NUMBER|617.555.0150]]\"}\n]"),
    ("csv", "Name\tSteuer-ID\tIBAN\tTelefon\n[[PERSON|Katrin Vogel]]\t[[DE_TAX_ID|%%detax10%%]]\t[[IBAN_CODE|%%iban3_de%%]]\t[[PHONE_NUMBER|0711 4482 0917]]\n[[PERSON|Stefan Braun]]\t[[DE_TAX_ID|%%detax11%%]]\t[[IBAN_CODE|%%iban3_at%%]]\t[[PHONE_NUMBER|+43 664 1827 443]]\n[[PERSON|Mehmet Kaya]]\t[[DE_TAX_ID|%%detax12%%]]\t[[IBAN_CODE|%%iban3_lu%%]]\t[[PHONE_NUMBER|040 3861 2290]]\n[[PERSON|Anja Krüger]]\t[[DE_TAX_ID|%%detax13%%]]\t[[IBAN_CODE|%%iban3_nl%%]]\t[[PHONE_NUMBER|0170 5524118]]"),
    ("table", "PASSENGER MANIFEST  FLT XY 771  27NOV\nSEQ  NAME                      NAT  PASSPORT     DOB\n001  [[PERSON|HANSEN/ERIK MR]]            NOR  [[US_PASSPORT|FK4471208]]    [[DATE_TIME|14MAY81]]\n002  [[PERSON|DUPONT/CLAIRE MS]]          FRA  [[US_PASSPORT|20CV88412]]    [[DATE_TIME|02FEB90]]\n003  [[PERSON|ROSSI/LUCA MR]]             ITA  [[US_PASSPORT|YB4471203]]    [[DATE_TIME|23AUG77]]\n004  [[PERSON|SINGH/HARPREET MR]]         IND  [[US_PASSPORT|Z4418207]]     [[DATE_TIME|09DEC88]]\n005  [[PERSON|BROWN/OLIVIA MS]]           AUS  [[US_PASSPORT|PA8812044]]    [[DATE_TIME|30JUN95]]\n006  [[PERSON|MOREAU/HUGO MR]]            CAN  [[US_PASSPORT|HM447120]]     [[DATE_TIME|11OCT69]]\n007  [[PERSON|DE JONG/LOTTE MS]]          NLD  [[US_PASSPORT|NW1K8R2T4]]    [[DATE_TIME|18MAR99]]"),
    ("table", "State  Name               DL Number            Class\nNY     [[PERSON|Ava Thompson]]       [[US_DRIVER_LICENSE|118 447 290]]          D\nPA     [[PERSON|Ethan Clark]]        [[US_DRIVER_LICENSE|27 448 120]]           C\nNJ     [[PERSON|Mia Lewis]]          [[US_DRIVER_LICENSE|L4471 20931 18204]]    D\nMI     [[PERSON|Lucas Hall]]         [[US_DRIVER_LICENSE|H 447 120 931 882]]    O\nWA     [[PERSON|Zoe Allen]]          [[US_DRIVER_LICENSE|WDL8K4P7Z12B]]         D\nAZ     [[PERSON|Owen Young]]         [[US_DRIVER_LICENSE|D04471209]]            D\nOH     [[PERSON|Ella Scott]]         [[US_DRIVER_LICENSE|RK447120]]             D"),
    ("chat", "📢 Team Lisboa trip group\n[[PERSON|Rita]]: my number for the trip [[PHONE_NUMBER|+351 961 448 207]]\n[[PERSON|Jonas]]: mine [[PHONE_NUMBER|+49 1523 7741 209]]\n[[PERSON|Élodie]]: moi [[PHONE_NUMBER|+33 6 71 44 20 93]]\n[[PERSON|Bram]]: [[PHONE_NUMBER|+31 6 4471 2093]]\n[[PERSON|Giorgos]]: [[PHONE_NUMBER|+30 694 412 2093]]\n[[PERSON|Rita]]: hotel booking ref 88412093, check-in 15:00 🏨"),
    ("email", "--\nDr. [[PERSON|Anna Lindqvist]]\nHead of Research\n[[EMAIL_ADDRESS|anna.lindqvist@karolinum.se]] | [[PHONE_NUMBER|+46 8 524 861 07]] | mobile [[PHONE_NUMBER|+46 70 448 12 09]]\n\n[[PERSON|Pedro Álvarez]] — Sales Iberia\n[[EMAIL_ADDRESS|p.alvarez@karolinum.es]] · [[PHONE_NUMBER|+34 93 412 20 87]]\n\n[[PERSON|Chidi Eze]] — Support Lagos\n[[EMAIL_ADDRESS|c.eze@karolinum.ng]] · [[PHONE_NUMBER|+234 803 447 1209]]"),
    ("log", "Nov 27 08:01:12 fw01 kernel: DROP IN=eth0 OUT= MAC=[[MAC_ADDRESS|00:1a:2b:3c:4d:5e]] SRC=[[IP_ADDRESS|185.156.73.54]] DST=[[IP_ADDRESS|93.184.216.34]] LEN=60 TTL=49 PROTO=TCP SPT=44120 DPT=23\nNov 27 08:01:19 fw01 kernel: DROP IN=eth0 OUT= MAC=[[MAC_ADDRESS|00:1a:2b:3c:4d:5e]] SRC=[[IP_ADDRESS|45.148.10.81]] DST=[[IP_ADDRESS|93.184.216.34]] LEN=44 TTL=241 PROTO=TCP SPT=51880 DPT=3389"),
    ("csv", "beneficiary;country;iban;amount;reference\n[[PERSON|Aisling Murphy]];IE;[[IBAN_CODE|%%iban3_ie%%]];450,00;RENT-NOV\n[[PERSON|Rui Costa]];PT;[[IBAN_CODE|%%iban3_pt%%]];1.200,00;INV-4471\n[[PERSON|Zofia Nowak]];PL;[[IBAN_CODE|%%iban3_pl%%]];380,50;2026/11/88\n[[PERSON|Matti Virtanen]];FI;[[IBAN_CODE|%%iban3_fi%%]];99,90;SUB-0447\n[[PERSON|Inès Dubois]];FR;[[IBAN_CODE|%%iban3_fr%%]];2.100,00;SAL-11\n[[PERSON|Javier Ramos]];ES;[[IBAN_CODE|%%iban3_es%%]];75,00;DON-2026\n[[PERSON|Sara Greco]];IT;[[IBAN_CODE|%%iban3_it%%]];640,00;AFF-12\n[[PERSON|Lars Peeters]];BE;[[IBAN_CODE|%%iban3_be%%]];15,00;CHG-8812"),
    ("yaml", "# config/credentials.yml (DO NOT COMMIT)\ngithub:\n  deploy_token: [[API_KEY|%%ghp5%%]]\n  app_installation_token: [[API_KEY|%%ghs%%]]\nslack:\n  user_token: [[API_KEY|%%xoxp%%]]\nopenai:\n  api_key: [[API_KEY|%%skproj2%%]]\ndatabase:\n  host: [[IP_ADDRESS|10.10.4.20]]\n  port: 5432\n  password: [[API_KEY|%%pw5%%]]\n  pool: 20"),
    ("vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON|Hiroshi Tanaka]]\nTEL;TYPE=CELL:[[PHONE_NUMBER|+81 90-4471-2093]]\nEMAIL:[[EMAIL_ADDRESS|h.tanaka@docomo.ne.jp]]\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON|Amelia Wilson]]\nTEL;TYPE=HOME:[[PHONE_NUMBER|+61 2 9412 7730]]\nTEL;TYPE=CELL:[[PHONE_NUMBER|0423 447 120]]\nEMAIL:[[EMAIL_ADDRESS|amelia.wilson@bigpond.com]]\nURL:[[URL|https://ameliawilson.com.au]]\nEND:VCARD"),
    ("csv", "payout_id,user,network,address,amount\nPO-1,[[EMAIL_ADDRESS|degen42@protonmail.com]],ETH,[[CRYPTO|%%eth3%%]],0.42\nPO-2,[[EMAIL_ADDRESS|satoshi.fan@gmail.com]],BTC,[[CRYPTO|%%bc1_3%%]],0.0041\nPO-3,[[EMAIL_ADDRESS|m.akhtar@outlook.com]],ETH,[[CRYPTO|%%eth4%%]],1.10\nPO-4,[[EMAIL_ADDRESS|lena.k@posteo.de]],BTC,[[CRYPTO|%%bc1_4%%]],0.0150"),
    ("table", "Country | Holder            | ID type   | ID number\nIN      | [[PERSON|Ananya Reddy]]      | PAN       | [[IN_PAN|%%pan10%%]]\nIN      | [[PERSON|Vikram Joshi]]      | Aadhaar   | [[IN_AADHAAR|%%aad10%%]]\nAU      | [[PERSON|Chloe Nguyen]]      | TFN       | [[AU_TFN|%%tfn10%%]]\nAU      | [[PERSON|Ben Walsh]]         | Medicare  | [[AU_MEDICARE|%%medi10%%]]\nCA      | [[PERSON|Olivier Gagnon]]    | SIN       | [[CA_SIN|%%sin10%%]]\nSG      | [[PERSON|Tan Jia Hui]]       | NRIC      | [[SG_NRIC_FIN|%%nric10%%]]\nSG      | [[PERSON|Arjun Pillai]]      | NRIC      | [[SG_NRIC_FIN|%%nric11%%]]\nAU      | Koala Logistics Pty Ltd | ABN | [[AU_ABN|%%abn10%%]]"),
    ("email", "Hi all,\n\nfor the Q4 reimbursements please use the following accounts:\n- [[PERSON|Thomas Berg]]: [[IBAN_CODE|%%iban3_de%%]] (old one closed)\n- [[PERSON|Nina Sørensen]]: [[IBAN_CODE|%%iban2_dk%%]]\n- [[PERSON|Pauline Martin]]: [[IBAN_CODE|%%iban3_fr%%]]\nExpense report IDs ER-4471, ER-4472, ER-4473; total EUR 3,418.20.\n\nThanks!\n[[PERSON|Jana]]"),
    ("chat", "[[PERSON|alex]]: who has the staging creds\n[[PERSON|bea]]: ssh deploy@[[IP_ADDRESS|51.15.204.88]] -p 2222, key is on the vault\n[[PERSON|bea]]: and the API token for staging is [[API_KEY|%%pw6%%]]\n[[PERSON|alex]]: thx, v1.42.0-beta.3 going out now 🚀"),
    ("note", "Incident IR-2026-044: laptop of [[PERSON|Ben Carter]] (MAC [[MAC_ADDRESS|8C-85-90-1A-2B-3C]], IP [[IP_ADDRESS|10.8.12.77]]) contacted [[IP_ADDRESS|194.26.29.113]] 412 times; hash of dropped file %%sha%%; EDR case 88120."),

    # ================================================================ look-alike negatives only
    ("neg", "Order #112-4471820-9933017 shipped via UPS 1Z999AA10123456784, ETA 2026-11-29. Total $184.23 incl. tax."),
    ("neg", "Rechnung Nr. 2026-118842 vom 27.11.2026, Kundennummer 4471203, Betrag 1.249,90 EUR, fällig am 11.12.2026."),
    ("neg", "Card-like reference %%badcard1_sp%% failed validation (Luhn) — probably a typo in the gift voucher code."),
    ("neg", "Ticket INC0044712 — affected CI srv-db-07, change CHG0012288, build 20261127.4, commit %%sha2%%."),
    ("neg", "Trace %%uuid%% span 7f3a1c2d9e4b5a60 parent 0000000000000000 sampled=1 duration=412ms"),
    ("neg", "Version 10.0.19045.5131 (22H2); .NET 8.0.11; Node v20.18.1; Python 3.12.7; OpenSSL 3.0.15"),
    ("neg", "ISBN 978-0-13-468599-1, EAN 9780134685991, 3rd edition, 2018, 488 pages, $59.99"),
    ("neg", "IMEI 490154203237518 / SN F2LXK0Q3HG7F / model A2849 — device returned under RMA 2026-4471."),
    ("neg", "Coordinates 52.520008, 13.404954 · altitude 34 m · accuracy ±5 m · 2026-11-27 10:14:03"),
    ("neg", "Bestellung 4006-3813-3393-1120 storniert; Gutschrift 2026/11/4471 erstellt; Lieferschein LS-0088120."),
    ("neg", "Commande n° 2026-11-448120 — colis 6A12345678901, Colissimo. Montant 74,90 € TTC."),
    ("neg", "Pedido 4471-2290-1183 · seguimiento ES2026110044712 · total 59,90 € · factura F-2026-0917"),
    ("neg", "Ordine 2026/118/0447 · spedizione BRT 0812 4471 2290 11 · importo 129,00 €"),
    ("neg", "Bestelling 8120044712 · track & trace 3SABCD1234567 · factuur 2026-11-0042 · € 34,95"),
    ("neg", "Meeting ID: 881 2044 7120  Passcode: 448812  Dial-in PIN 4471#"),
    ("neg", "Flight LH 440 FRA→ORD, seat 34K, PNR 7KQ2LM, e-ticket 220-4471203398, bag tag 0220 447120."),
    ("neg", "Lot 2026-0412-B, batch 88120, exp. 2027-11, serial SN-4471-2290-AX, SKU 44-1907-BLK"),
    ("neg", "Txn 0x%%sha%% included in block 21,334,871 (gas 21000, 14.2 gwei)"),
    ("neg", "git log --oneline: %%sha2%% fix(parser): handle 4471 edge case; e3b0c44 chore: bump deps to 4.2.19"),
    ("neg", "Promo code WINTER-4471-2290 · gift card balance $25.00 · card number on voucher %%badcard2_d%%"),
    ("neg", "Account statement period 01.11.2026 - 30.11.2026, opening balance 12.447,20, closing balance 9.881,04"),
    ("neg", "Price list: 4x A4 paper 500 sheets 4.99; toner 88120-BK 79.00; shipping 4.95; total 104.91"),
    ("neg", "Status 200 OK · 1,204,471 requests · p99 412ms · error rate 0.04% · uptime 99.982%"),
    ("neg", "Student ID 2026004471 · course CS-4471 · room B-204 · grade 1.7"),
    ("neg", "Parcel 00340434161234567890 out for delivery; PIN for the locker 448120"),
    ("neg", "Kundenservice: Servicenummer 4471-2290-118, Vertragsnummer VN-88120447, Zählernummer 1ESY1160447120"),
    ("neg", "Voucher %%badcard5_sp%% (invalid), reissued as VCH-2026-4471"),
    ("neg", "md5 %%md5%%  backup-2026-11-27.tar.gz (4.2 GB)"),
]

if __name__ == "__main__":
    write(sys.argv[1], TEXTS, V, "handset22a")
