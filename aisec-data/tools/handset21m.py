#!/usr/bin/env python3
"""Round-21 (pii21m) honest check set: identity documents named by a sibling cell, key or column, written by hand.

  python3 aisec-data/tools/handset21m.py aisec-data/src/test/resources/dev/aisec/data/pii/handset21m.jsonl

Written before any change of round 21 (pii21m), scored once on the starting jar (main d85b7a9) and once at the end;
its texts are not used to choose fixes. Aim: passport, driving-licence and national-ID numbers whose kind is not
written next to the value but in another cell of the same row or object:
- travel manifests and KYC tables with a "doc type" column and a generic "number" column (pipe tables, whitespace
  aligned tables, CSV, TSV), in en/de/fr/es/it/nl/pt;
- JSON and YAML objects where a sibling key's value names the document ({"doc_type": "passport", "number": ...});
- table header rows whose names are separated by single spaces over whitespace-aligned rows;
- look-alikes in the same columns and keys: booking references, e-ticket numbers, seats, flights, order and
  loyalty numbers, identity-card numbers of countries without a type of their own.

Markup of handset_markup.py ([[TYPE|value]], %%name%%, UTF-16 offsets). Labels as in handset19/20q: PERSON = a
person's name without title; DATE_TIME = birth dates; every phone, e-mail and national ID; passport and
driving-licence numbers of any country as US_PASSPORT / US_DRIVER_LICENSE (the project's documented label policy);
a number named as an identity card of a country with no type of its own (German Personalausweis, French CNI,
Italian carta d'identita) is not labelled. Check-digit values are computed below.
"""
import sys

from handset_markup import write
from handset8 import es_dni, es_nie, nl_bsn, verhoeff, sg_nric

V = {
    "dni1": es_dni("48213307"), "dni2": es_dni("30917742"), "nie1": es_nie("Y", "2281049"),
    "bsn1": nl_bsn("41872093"), "bsn2": nl_bsn("20634118"),
    "aad1": verhoeff("58124407913"), "aad1_sp": None,
    "nric1": sg_nric("S", "8142276"), "fin1": sg_nric("G", "4410823"),
}
V["aad1_sp"] = V["aad1"][:4] + " " + V["aad1"][4:8] + " " + V["aad1"][8:]

TEXTS = [
    # ------------------------------------------------------------ 1. pipe tables: type cell + generic number cell
    ("pipe", "| # | Passenger | DOC TYPE | DOC NUMBER | Seat |\n|---|---|---|---|---|\n"
             "| 1 | [[PERSON|Hannah Kleist]] | PASSPORT | [[US_PASSPORT|C7H2N41R9]] | 12A |\n"
             "| 2 | [[PERSON|Tobias Kleist]] | PASSPORT | [[US_PASSPORT|C7H2N58K3]] | 12B |\n"
             "| 3 | [[PERSON|Mira Kleist]] | ID CARD | L4T8R21K7 | 12C |"),
    ("pipe", "| Guest | Document | Number | Nationality |\n| --- | --- | --- | --- |\n"
             "| [[PERSON|Carlos Ibáñez]] | Pasaporte | [[US_PASSPORT|PAF482913]] | ESP |\n"
             "| [[PERSON|Lucía Ferrer]] | DNI | [[ES_NIF|%%dni1%%]] | ESP |\n"
             "| [[PERSON|Dmitri Volkov]] | NIE | [[ES_NIE|%%nie1%%]] | RUS |"),
    ("pipe", "Fahrer-Check (Mietwagen)\n| Name | Dokumentart | Dokumentnummer | gültig bis |\n"
             "|------|-------------|----------------|------------|\n"
             "| [[PERSON|Jens Voigt]] | Führerschein | [[US_DRIVER_LICENSE|N1704KK2L58]] | 2033 |\n"
             "| [[PERSON|Petra Lange]] | Reisepass | [[US_PASSPORT|F4R91KX27]] | 2029 |"),
    ("pipe", "| ID type / ID no. | value |\n|---|---|\n| DL (CA) | [[US_DRIVER_LICENSE|D4471829]] |\n"
             "| SSN | [[US_SSN|524-71-3398]] |\n| Passport | [[US_PASSPORT|561048932]] |"),
    ("pipe", "| Cliente | Tipo documento | Numero | Scadenza |\n|---|---|---|---|\n"
             "| [[PERSON|Giulia Marchetti]] | Passaporto | [[US_PASSPORT|YB4180263]] | 03/2031 |\n"
             "| [[PERSON|Franco Esposito]] | Patente | [[US_DRIVER_LICENSE|RM7142085Y]] | 11/2028 |\n"
             "| [[PERSON|Sara Lodi]] | Carta d'identità | CA41827JK | 06/2030 |"),
    ("pipe", "| Naam | Soort document | Nummer |\n|---|---|---|\n| [[PERSON|Joost de Wit]] | Paspoort | [[US_PASSPORT|NXR4K82J1]] |\n"
             "| [[PERSON|Anouk Smit]] | Rijbewijs | [[US_DRIVER_LICENSE|5104418207]] |\n| [[PERSON|Bram Peters]] | BSN | [[NL_BSN|%%bsn1%%]] |"),
    # ------------------------------------------------------------ 2. whitespace-aligned manifests (column gaps)
    ("aligned", "PAX MANIFEST  LH2041  FRA-LIS  28NOV\n\n"
                "SURNAME/GIVEN          DOC     DOC NUMBER    SEAT   PNR\n"
                "[[PERSON|WEBER/KLAUS]]            P       [[US_PASSPORT|C4K7T19M2]]     14C    K7QX2M\n"
                "[[PERSON|WEBER/INGRID]]           P       [[US_PASSPORT|C4K7T20P8]]     14D    K7QX2M\n"
                "[[PERSON|SOUSA/RUI]]              P       [[US_PASSPORT|CB418207]]      15A    R2MZ8T"),
    ("aligned", "Rental agreement - additional drivers\n\n"
                "Driver            ID type              ID number           State\n"
                "[[PERSON|Megan Ortiz]]       Driver license       [[US_DRIVER_LICENSE|M412-418-62-733-0]]   FL\n"
                "[[PERSON|Kyle Brandt]]       Driver license       [[US_DRIVER_LICENSE|493 118 207]]         NY\n"
                "[[PERSON|Ava Chen]]          Passport             [[US_PASSPORT|A04417283]]           US"),
    ("aligned", "Type          Number           Holder\n"
                "passport      [[US_PASSPORT|541237890]]        [[PERSON|Oliver Grant]]\n"
                "driving lic   [[US_DRIVER_LICENSE|GRANT805127OG9WX]]  [[PERSON|Oliver Grant]]\n"
                "NI number     [[UK_NINO|JT 42 18 07 C]]    [[PERSON|Oliver Grant]]"),
    ("aligned", "Documento            Número         Titular\n"
                "Pasaporte            [[US_PASSPORT|G28417365]]      [[PERSON|Ana Paula Reyes]]\n"
                "Licencia de conducir [[US_DRIVER_LICENSE|R4182073]]       [[PERSON|Ana Paula Reyes]]"),
    ("aligned", "Pièce         N°                Nom\n"
                "Passeport     [[US_PASSPORT|21KT40813]]         [[PERSON|Élodie Marchand]]\n"
                "Permis        [[US_DRIVER_LICENSE|120775104418]]      [[PERSON|Élodie Marchand]]\n"
                "CNI           X4RT82K19         [[PERSON|Élodie Marchand]]"),
    # ------------------------------------------------------------ 3. header names separated by single spaces
    ("onespace", "NAME DOB PASSPORT PHONE\n"
                 "[[PERSON|Lena Hoff]]      [[DATE_TIME|1988-03-14]]   [[US_PASSPORT|C9L2P47X1]]    [[PHONE_NUMBER|+49 151 2290 4471]]\n"
                 "[[PERSON|Max Roth]]       [[DATE_TIME|1991-07-02]]   [[US_PASSPORT|C9L2R81T6]]    [[PHONE_NUMBER|+49 160 4418 2073]]"),
    ("onespace", "Guest list - retreat\nNAME DL STATE MOBILE\n"
                 "[[PERSON|Jordan Lee]]     [[US_DRIVER_LICENSE|42197305]]     TX    [[PHONE_NUMBER|(512) 555-0142]]\n"
                 "[[PERSON|Priya Nair]]     [[US_DRIVER_LICENSE|D7713082]]     CA    [[PHONE_NUMBER|(415) 555-0190]]"),
    ("onespace", "EMPLOYEE SSN EXT\n[[PERSON|Dana Whitfield]]     [[US_SSN|412-58-7731]]     4471\n"
                 "[[PERSON|Marcus Bell]]        [[US_SSN|331-40-2298]]     4472"),
    ("onespace", "Nom Passeport Téléphone\n[[PERSON|Claire Dubois]]     [[US_PASSPORT|19AB44127]]     [[PHONE_NUMBER|06 12 44 71 93]]\n"
                 "[[PERSON|Hugo Lemaire]]      [[US_PASSPORT|20CD81742]]     [[PHONE_NUMBER|07 81 22 90 14]]"),
    ("onespace", "ORDER SEAT FLIGHT FARE\n4471203398    14C    IB3174    129.90\n4471203412    14D    IB3174    129.90"),
    # ------------------------------------------------------------ 4. CSV / TSV with a type column
    ("csv", "customer_id,full_name,id_type,id_number,country\n1041,[[PERSON|Noah Fischer]],passport,[[US_PASSPORT|C3X8K41P7]],DE\n"
            "1042,[[PERSON|Emma Baker]],drivers_license,[[US_DRIVER_LICENSE|B4418207]],US\n1043,[[PERSON|Liam Moore]],ssn,[[US_SSN|610-28-4473]],US"),
    ("csv", "kunde;dokumenttyp;nummer;ausgestellt_am\n[[PERSON|Ralf Becker]];Reisepass;[[US_PASSPORT|C01H7M4R2]];2024\n"
            "[[PERSON|Ute Becker]];Personalausweis;L7M2K93R1;2024\n[[PERSON|Tim Becker]];Führerschein;[[US_DRIVER_LICENSE|B072K4L8N31]];2024"),
    ("csv", "record\tdoc_kind\tdoc_no\n7001\tAADHAAR\t[[IN_AADHAAR|%%aad1_sp%%]]\n7002\tPASSPORT\t[[US_PASSPORT|M4418207]]\n7003\tPAN\t[[IN_PAN|BKRPN4417Q]]"),
    ("csv", "tipo_doc,numero_doc,nombre\nPASAPORTE,[[US_PASSPORT|PAG771204]],[[PERSON|Marta Gil]]\nDNI,[[ES_NIF|%%dni2%%]],[[PERSON|Iván Soler]]\n"
            "BILLETE,0752418837105,[[PERSON|Marta Gil]]"),
    ("csv", "type,value,owner\ndriver_license,[[US_DRIVER_LICENSE|K41822073391]],[[PERSON|Zoe Carter]]\nbooking,X7K2QM,[[PERSON|Zoe Carter]]\n"
            "passport,[[US_PASSPORT|596204418]],[[PERSON|Zoe Carter]]"),
    ("csv", "hospede;tipo_documento;numero\n[[PERSON|João Mendes]];passaporte;[[US_PASSPORT|FP418207]]\n[[PERSON|Inês Rocha]];carta de condução;[[US_DRIVER_LICENSE|L-4418207 4]]"),
    # ------------------------------------------------------------ 5. JSON: a sibling key names the document
    ("json", "{\"traveller\": \"[[PERSON|Amir Haddad]]\", \"doc_type\": \"passport\", \"number\": \"[[US_PASSPORT|N8841207]]\", \"seat\": \"22F\"}"),
    ("json", "{\"doc_type\":\"driver_license\",\"number\":\"[[US_DRIVER_LICENSE|D1287745]]\",\"issuing_state\":\"CA\"}"),
    ("json", "{\"customer\": {\"name\": \"[[PERSON|Keira Walsh]]\", \"id\": {\"kind\": \"passport\", \"value\": \"[[US_PASSPORT|533901744]]\"}}}"),
    ("json", "[{\"type\": \"PASSPORT\", \"no\": \"[[US_PASSPORT|YA7745120]]\"}, {\"type\": \"BOOKING\", \"no\": \"QX4T7M\"}, "
             "{\"type\": \"TICKET\", \"no\": \"2205573318842\"}]"),
    ("json", "{\n  \"kyc\": {\n    \"documents\": [\n      {\n        \"document_type\": \"DL\",\n"
             "        \"document_number\": \"[[US_DRIVER_LICENSE|S530-412-78-219-0]]\",\n        \"state\": \"FL\"\n      },\n"
             "      {\n        \"document_type\": \"SSN\",\n        \"document_number\": \"[[US_SSN|471-22-9034]]\"\n      }\n    ]\n  }\n}"),
    ("json", "{\"ausweis\": {\"art\": \"Reisepass\", \"nummer\": \"[[US_PASSPORT|C2T4R87M5]]\"}, \"inhaber\": \"[[PERSON|Sven Albrecht]]\"}"),
    ("json", "{\"documento\": {\"tipo\": \"pasaporte\", \"numero\": \"[[US_PASSPORT|PAH203417]]\"}, \"reserva\": \"ZK81QW\"}"),
    ("json", "{\"identity\": {\"kind\": \"bsn\", \"value\": \"[[NL_BSN|%%bsn2%%]]\"}, \"phone\": \"[[PHONE_NUMBER|+31 6 41872093]]\"}"),
    ("json", "{\"id_type\": \"NRIC\", \"id_value\": \"[[SG_NRIC_FIN|%%nric1%%]]\", \"mobile\": \"[[PHONE_NUMBER|+65 9123 4471]]\"}"),
    ("json", "{\"doc\": {\"kind\": \"national_id\", \"value\": \"T22048871\"}, \"order_id\": \"ORD-2026-4471\"}"),
    # ------------------------------------------------------------ 6. YAML and key: value blocks
    ("yaml", "traveller:\n  name: [[PERSON|Rosa Lindgren]]\n  document:\n    type: passport\n    number: [[US_PASSPORT|91827364]]\n"
             "    country: SWE\n  seat: 3A"),
    ("yaml", "ids:\n  - kind: driving_licence\n    value: [[US_DRIVER_LICENSE|HARRI805127JA9WX]]\n  - kind: loyalty\n    value: 992004518773\n"
             "  - kind: passport\n    value: [[US_PASSPORT|548817203]]"),
    ("yaml", "documento:\n  tipo: patente\n  numero: [[US_DRIVER_LICENSE|U14418207P]]\nprenotazione: 7QWX2K"),
    ("kv", "KYC export - case 88120\nID type: Passport\nID no.: [[US_PASSPORT|GK473109]]\nIssued: CAN\n"
           "ID type: Driver licence\nID no.: [[US_DRIVER_LICENSE|W4418-20735-91207]]\nIssued: ON"),
    ("kv", "Document type ..... PASSPORT\nDocument number ... [[US_PASSPORT|C5M1K70T3]]\nBooking ref ....... ZXQ7K2\n"
           "E-ticket .......... 2202418837105"),
    ("kv", "Tipo de documento: NIE\nNúmero: [[ES_NIE|%%nie1%%]]\nTeléfono: [[PHONE_NUMBER|612 448 903]]"),
    ("kv", "Art des Dokuments: Führerschein\nNummer: [[US_DRIVER_LICENSE|B072RT4N918]]\nKlasse: B"),
    # ------------------------------------------------------------ 7. look-alikes in the same columns and keys
    ("neg", "| PNR | Flight | Seat | E-ticket |\n|---|---|---|---|\n| K7QX2M | LH2041 | 14C | 2202418837105 |\n"
            "| R2MZ8T | TP579 | 15A | 0472205573318 |"),
    ("neg", "{\"doc_type\": \"booking\", \"number\": \"4471203398\", \"seat\": \"12A\"}"),
    ("neg", "type,number,status\norder,4471203398,shipped\ninvoice,2026114471,paid\nticket,55012873,open"),
    ("neg", "DOC TYPE      DOC NUMBER       AMOUNT\nINVOICE       2026-118-4471    129.90\nRECEIPT       88120447         18.00"),
    ("neg", "{\"kind\": \"loyalty\", \"value\": \"992004518773\", \"tier\": \"gold\"}"),
    ("neg", "- type: flight\n  number: LH2041\n- type: seat\n  number: 14C\n- type: booking\n  number: K7QX2M"),
    ("neg", "Tipo;Número;Importe\nPedido;000447120;88,00\nFactura;F-2026-0441;88,00"),
    ("neg", "FLIGHT DATE SEAT GATE\nLH2041    28NOV    14C    A22\nLH2043    28NOV    15D    A24"),
    ("neg", "ID type          ID number\nEmployee badge   448120\nParking permit   P-2291\nLocker           17"),
    ("neg", "{\"document\": {\"type\": \"invoice\", \"no\": \"INV-44712\"}, \"passport_check\": \"passed\"}"),
    ("neg", "Reisedaten\nBuchungsnummer: K7QX2M\nTicketnummer: 220-2418837105\nSitzplatz: 14C\nFlug: LH 2041"),
]


if __name__ == "__main__":
    write(sys.argv[1], TEXTS, V, "handset21m")
