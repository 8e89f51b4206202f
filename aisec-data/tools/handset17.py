#!/usr/bin/env python3
"""Round-17 check sets for the PII detector, written by hand (no templates, no datafaker, no shared data).

  python3 aisec-data/tools/handset17.py aisec-data/src/test/resources/dev/aisec/data/pii/handset17.jsonl
  python3 aisec-data/tools/handset17.py OUT --tuned   # handset17t: the set worked on during the round

handset17 is the honest set: written before any change, scored once on the starting jar and once at the end.
Same format and labelling conventions as handset16.py (inline [[TYPE|value]] markup, %%name%% for values with
check digits from the generators of handset8.py, UTF-16 offsets). Mix of the private target set: chats, e-mails
with greetings and signatures in nl/pt/it/pl/sv/de/fr/es/en, logs, CSV and JSON, emoji, and many look-alike
negatives (prices next to numbers, order and ticket numbers, product codes shaped like IDs, brands and companies
named like people, streets, cities and venues outside an address). Labels: PERSON = a person's name without title;
LOCATION = a whole street address with postcode and city as one span, or a city/country/street/venue name;
DATE_TIME = birth dates only; every phone, e-mail, IP, card, IBAN and national ID. Deterministic output.
"""
import sys

from handset_markup import write
from handset8 import card, iban, g4, grouped, nl_bsn, verhoeff, es_dni, it_cf, luhn_ok


V = {
    "aad1": verhoeff("58203317946"), "aad2": verhoeff("72914408351"), "aad3": verhoeff("39170562284"),
    "aad4": verhoeff("64028891735"), "aad5": verhoeff("81375520916"),
    "visa": card("400827115330918"), "mc": card("545762210938417"), "visa2": card("471662091123850"),
    "nl_iban": iban("NL", "ABNA0417164300"), "pl_iban": iban("PL", "109010140000071219812874"),
    "it_iban": iban("IT", "X0542811101000000123456"), "se_iban": iban("SE", "50000000058398257466"),
    "pt_iban": iban("PT", "000201230012345678905"), "es_iban": iban("ES", "21000418450200051332"),
    "bsn": nl_bsn("23819046"), "bsn2": nl_bsn("11734582"),
    "dni": es_dni("39481275"), "cf": it_cf("RSSMRA85C12H501"),
}
V["aad1_sp"] = g4(V["aad1"])
V["aad2_sp"] = g4(V["aad2"])
V["aad4_sp"] = g4(V["aad4"])
V["visa_sp"] = g4(V["visa"])
V["mc_sp"] = g4(V["mc"])
for k in ["nl_iban", "pl_iban", "it_iban", "se_iban", "pt_iban", "es_iban"]:
    V[k + "_sp"] = g4(V[k])
V["bad_visa"] = V["visa2"][:-1] + str((int(V["visa2"][-1]) + 3) % 10)
assert not luhn_ok(V["bad_visa"])

# ------------------------------------------------------------------------------------- honest set (handset17)
HONEST = [
    # ---------------------------------------------------------------- Bizum / prices next to phones
    ("chat", "te hago un bizum de 15€ al [[PHONE_NUMBER|634 218 907]] y listo 👍"),
    ("chat", "Bizum 22,50 € → [[PHONE_NUMBER|678 43 21 09]] (cena del viernes)"),
    ("chat", "son 40 euros, mándamelo por bizum al [[PHONE_NUMBER|611902733]] porfa"),
    ("neg", "Pedido 634218 enviado, total 29,95 € (3 artículos). Gracias por su compra."),
    ("neg", "Precio: 1.299,00 € · Ref. 611 902 · Stock: 14 uds."),
    # ---------------------------------------------------------------- Aadhaar then PAN in chats
    ("chat", "bhai my aadhaar [[IN_AADHAAR|%%aad1_sp%%]] pan [[IN_PAN|BKRPS4417M]] send to CA pls 🙏"),
    ("chat", "KYC done ✅ aadhaar no [[IN_AADHAAR|%%aad2%%]], PAN [[IN_PAN|AFHPM7723Q]]"),
    ("chat", "uploaded: Aadhaar - [[IN_AADHAAR|%%aad3%%]] / PAN - [[IN_PAN|CXZPR0912L]] / mob [[PHONE_NUMBER|+91 98201 44710]]"),
    ("neg", "Invoice INV2024A0091 for model ABCDX1234 shipped, batch KLMNP7788"),
    # ---------------------------------------------------------------- ITIN without dashes
    ("mail", "Taxpayer: [[PERSON|Rosa Delgado]]\nITIN [[US_ITIN|912784401]]\nFiling status: single"),
    ("csv", "name,itin,state\n[[PERSON|Hector Ruiz]],[[US_ITIN|935701188]],TX"),
    ("chat", "my itin is [[US_ITIN|970825566]] btw, the ssn field won't take it"),
    ("neg", "Ticket 912784401 closed, 3 replies, SLA 98.2% met"),
    # ---------------------------------------------------------------- brands / companies that look like names
    ("neg", "Picked up two tubs of Ben & Jerry's and a bottle of Jack Daniel's for the party 🎉"),
    ("neg", "Morgan Stanley and Charles Schwab both cut fees this quarter, Wells Fargo did not."),
    ("neg", "Ordered the Tommy Hilfiger polo and a Ralph Lauren cap, arriving Tuesday."),
    ("neg", "We switched from Johnson Controls to Honeywell for the HVAC contract."),
    ("neg", "Lunch at Tim Hortons then coffee at Peet's, meeting moved to the Hilton."),
    # ---------------------------------------------------------------- places outside an address
    ("chat", "Traffic on [[LOCATION|Baker Street]] is terrible, took [[LOCATION|Abbey Road]] instead."),
    ("chat", "landed in [[LOCATION|Florence]] 🛬 heading to [[LOCATION|Santa Croce]] later"),
    ("chat", "concert at [[LOCATION|Madison Square Garden]] was insane, [[PERSON|jamie]] cried lol"),
    ("chat", "we moved from [[LOCATION|Charlotte]] to [[LOCATION|Austin]] last spring"),
    ("neg", "Wall Street closed higher; [[LOCATION|Bond Street]] retailers reported weak sales."),
    # ---------------------------------------------------------------- non-English greetings and signatures
    ("mail", "Hoi [[PERSON|Sanne]],\n\nde offerte staat in de gedeelde map.\n\nGroetjes,\n[[PERSON|Bram Visser]]"),
    ("mail", "Beste [[PERSON|Femke]],\n\nbedankt voor je snelle reactie.\n\nMet vriendelijke groet,\n"
             "[[PERSON|Ruud Jansen]]\n[[PHONE_NUMBER|06 41 27 83 95]]"),
    ("mail", "Olá [[PERSON|Beatriz]],\n\nenvio em anexo o orçamento pedido.\n\nAbraços,\n[[PERSON|Tiago Fernandes]]"),
    ("mail", "Bom dia [[PERSON|Gonçalo]],\n\no pagamento foi feito para [[IBAN_CODE|%%pt_iban_sp%%]].\n\n"
             "Cumprimentos,\n[[PERSON|Inês Carvalho]]"),
    ("mail", "Ciao [[PERSON|Chiara]],\n\nti giro il preventivo aggiornato.\n\nUn saluto,\n[[PERSON|Lorenzo Gallo]]\n"
             "[[EMAIL_ADDRESS|l.gallo@studiogallo.it]]"),
    ("mail", "Buongiorno [[PERSON|Alessandra]],\n\nle scrivo per confermare la riunione di giovedì.\n\n"
             "Cordiali saluti\n[[PERSON|Davide Ferrara]]"),
    ("mail", "Dzień dobry,\n\nprzesyłam fakturę FV/2026/11/087 do zapłaty.\n\nPozdrawiam,\n[[PERSON|Krzysztof Nowak]]\n"
             "tel. [[PHONE_NUMBER|+48 601 234 567]]"),
    ("mail", "Cześć [[PERSON|Magda]],\n\nspotkanie przesunięte na 14:00.\n\nPozdrawiam\n[[PERSON|Tomasz Wiśniewski]]"),
    ("mail", "Hej [[PERSON|Linnea]],\n\ntack för mötet igår!\n\nMed vänliga hälsningar\n[[PERSON|Erik Lindqvist]]"),
    ("mail", "Hej [[PERSON|Johan]]!\n\nFakturan är betald.\n\nMvh\n[[PERSON|Sara Berg]]\n"
             "[[PHONE_NUMBER|070-123 45 67]]"),
    # ---------------------------------------------------------------- addresses in non-English formats
    ("mail", "Ons nieuwe adres: [[LOCATION|Keizersgracht 241, 1016 EA Amsterdam]]"),
    ("chat", "spediscimi il pacco a [[LOCATION|Via Roma 12, 00184 Roma]] grazie 🙏"),
    ("mail", "Adres do korespondencji: [[LOCATION|ul. Długa 5/7, 00-238 Warszawa]]"),
    ("csv", "imie;nazwisko;adres\n[[PERSON|Anna]];[[PERSON|Kowalczyk]];[[LOCATION|ul. Piękna 18, 00-549 Warszawa]]"),
    ("mail", "Leveradres: [[LOCATION|Oudegracht 88, 3511 AV Utrecht]]\nTel: [[PHONE_NUMBER|030 231 4455]]"),
    ("json", "{\"cliente\":\"[[PERSON|Paola Conti]]\",\"indirizzo\":\"[[LOCATION|Corso Buenos Aires 33, 20124 Milano]]\"}"),
    ("mail", "Skicka till: [[LOCATION|Drottninggatan 45, 111 21 Stockholm]]"),
    ("mail", "Morada: [[LOCATION|Rua Augusta 100, 1100-053 Lisboa]]"),
    # ---------------------------------------------------------------- birth dates in non-English formats
    ("mail", "Antragsteller: [[PERSON|Jürgen Weber]], geb. [[DATE_TIME|3. März 1985]] in [[LOCATION|Kassel]]"),
    ("mail", "Mme [[PERSON|Camille Roux]], née le [[DATE_TIME|12/03/1985]] à [[LOCATION|Lyon]]"),
    ("csv", "nome;cognome;data di nascita\n[[PERSON|Marco]];[[PERSON|Bellini]];[[DATE_TIME|12.03.85]]"),
    ("mail", "Pacjent: [[PERSON|Piotr Zieliński]], ur. [[DATE_TIME|14.07.1990]]"),
    ("mail", "Sökande: [[PERSON|Karin Holm]], född [[DATE_TIME|1988-05-21]]"),
    ("mail", "Dhr. [[PERSON|Kees de Groot]], geboren op [[DATE_TIME|4 mei 1992]] te [[LOCATION|Haarlem]]"),
    ("neg", "Lieferung am 3. März, Rechnung vom 12.03.2025, Zahlungsziel 14 Tage."),
    # ---------------------------------------------------------------- logs, CSV, JSON with structured values
    ("log", "2026-11-27T09:14:03Z WARN auth failed user=[[EMAIL_ADDRESS|p.nowak@example.pl]] ip=[[IP_ADDRESS|203.0.113.45]] attempt=3"),
    ("log", "[payment] card=[[CREDIT_CARD|%%visa_sp%%]] amount=49.90 EUR status=DECLINED code=05"),
    ("log", "build 2026.11.27.3 deployed to eu-west-1 in 412s (commit 9f3c2ab)"),
    ("csv", "klant;iban;bsn\n[[PERSON|Lotte de Vries]];[[IBAN_CODE|%%nl_iban%%]];[[NL_BSN|%%bsn%%]]"),
    ("json", "{\"nazwa\":\"Kowalski Sp. z o.o.\",\"iban\":\"[[IBAN_CODE|%%pl_iban_sp%%]]\",\"kwota\":\"1 250,00 zł\"}"),
    ("json", "{\"user\":{\"name\":\"[[PERSON|Mikael Sundberg]]\",\"iban\":\"[[IBAN_CODE|%%se_iban%%]]\"},\"plan\":\"pro\"}"),
    ("chat", "pagami su [[IBAN_CODE|%%it_iban_sp%%]] entro venerdì 😉 sono 120€"),
    ("chat", "DNI [[ES_NIF|%%dni%%]] y móvil [[PHONE_NUMBER|+34 655 870 312]], gracias!"),
    ("mail", "Codice fiscale: [[IT_FISCAL_CODE|%%cf%%]]\nCellulare: [[PHONE_NUMBER|347 812 5590]]"),
    # ---------------------------------------------------------------- more look-alikes
    ("neg", "Test card %%bad_visa%% declined as expected (Luhn fails)."),
    ("neg", "Ref. 2026/11/0873 — 4 × 19,99 € = 79,96 € — Lager 3B"),
    ("neg", "Marriott Bonvoy points: 48 210 · member since 2019 · tier Gold"),
    ("neg", "Zamówienie nr 558 421 907 zostało wysłane, kwota 89,99 zł."),
    ("neg", "Hotel Van Gogh, Victoria Hotel and Hilton Garden Inn are all fully booked."),
]

# ------------------------------------------------------------------------------------- tuning set (handset17t)
TUNED = [
    ("chat", "ya te he pasado el bizum, 12€ al [[PHONE_NUMBER|689 24 18 03]] 😘"),
    ("chat", "Bizum: 8,50€ a [[PHONE_NUMBER|622 917 480]] para el regalo de [[PERSON|Lucía]]"),
    ("chat", "pásame 30 € por bizum, mi número es [[PHONE_NUMBER|+34 699 102 384]]"),
    ("chat", "bizum 45 eur [[PHONE_NUMBER|645889120]] gracias!!"),
    ("neg", "Oferta: 699,00 € (antes 849,00 €), envío 4,95 €, ref. 102384"),
    ("chat", "aadhaar [[IN_AADHAAR|%%aad4_sp%%]] pan [[IN_PAN|DGMPK5521R]] plz verify"),
    ("chat", "Aadhaar: [[IN_AADHAAR|%%aad5%%]] PAN: [[IN_PAN|EQWPS8830B]]"),
    ("chat", "pan card no [[IN_PAN|HJLPA2094K]] aadhar [[IN_AADHAAR|%%aad1%%]]"),
    ("mail", "ITIN: [[US_ITIN|900701234]]\nName: [[PERSON|Luis Ortega]]"),
    ("chat", "ITIN [[US_ITIN|988651002]] for my wife, ssn pending"),
    ("neg", "Order 900701234 shipped via UPS, 2 items"),
    ("neg", "We stock Calvin Klein, Hugo Boss and Marc O'Polo in all sizes."),
    ("neg", "Goldman Sachs hired Deloitte; Ernst & Young lost the audit."),
    ("chat", "Dinner at Bella Italia on [[LOCATION|Regent Street]], then drinks at Gordon's Wine Bar."),
    ("chat", "meet me at [[LOCATION|Union Square]] near the Macy's entrance"),
    ("neg", "Ferrari and Lamborghini unveiled new models in Maranello."),
    ("mail", "Hoi [[PERSON|Daan]],\n\ntot morgen!\n\nGroetjes,\n[[PERSON|Eva Smit]]"),
    ("mail", "Olá [[PERSON|Rui]],\n\nobrigado pela ajuda.\n\nAbraço,\n[[PERSON|Marta Sousa]]"),
    ("mail", "Ciao [[PERSON|Federico]],\n\nci sentiamo domani.\n\nUn saluto\n[[PERSON|Giulia Marino]]"),
    ("mail", "Dzień dobry Panie [[PERSON|Marku]],\n\nw załączniku umowa.\n\nPozdrawiam,\n[[PERSON|Agnieszka Wójcik]]"),
    ("mail", "Hej [[PERSON|Oskar]],\n\ntack för hjälpen.\n\nVänliga hälsningar,\n[[PERSON|Emma Nilsson]]"),
    ("mail", "Hallo [[PERSON|Ute]],\n\nanbei die Unterlagen.\n\nLG\n[[PERSON|Frank Scholz]]"),
    ("mail", "Afleveradres: [[LOCATION|Prinsengracht 263, 1016 GV Amsterdam]]"),
    ("mail", "Indirizzo: [[LOCATION|Via Garibaldi 7, 10122 Torino]]"),
    ("mail", "Adres: [[LOCATION|ul. Marszałkowska 10/12, 00-590 Warszawa]]"),
    ("mail", "Adress: [[LOCATION|Storgatan 12, 411 38 Göteborg]]"),
    ("mail", "Endereço: [[LOCATION|Avenida da Liberdade 110, 1250-146 Lisboa]]"),
    ("mail", "[[PERSON|Helga Braun]], geb. [[DATE_TIME|17. Juni 1979]]"),
    ("mail", "[[PERSON|Luc Martin]], né le [[DATE_TIME|03/09/1981]]"),
    ("mail", "data di nascita: [[DATE_TIME|05.11.72]]"),
    ("mail", "[[PERSON|Ewa Kaczmarek]], ur. [[DATE_TIME|2.02.1995]] r."),
    ("mail", "född: [[DATE_TIME|1975-12-30]]"),
    ("mail", "data de nascimento: [[DATE_TIME|21/04/1968]]"),
    ("neg", "Rechnung vom 3. März 2026, Lieferung ab 12.03.26"),
]


def main(path, texts, prefix):
    write(path, texts, V, prefix)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--tuned":
        main(sys.argv[1], TUNED, "handset17t")
    else:
        main(sys.argv[1], HONEST, "handset17")
