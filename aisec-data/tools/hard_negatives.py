#!/usr/bin/env python3
"""Writes the hard-negative corpus for aisec-data's PII tests: text full of numbers and tokens that look like
personal data but are not (timestamps, order and tracking numbers, versions, UUIDs, git hashes, ISBNs, prices,
sizes, ports, product names, months). Deterministic (seeded), written by the aisec team, no third-party text.

  python3 aisec-data/tools/hard_negatives.py > aisec-data/src/test/resources/dev/aisec/data/pii/hard-negatives.txt
"""
import random
import uuid

R = random.Random(20261126)
HEX = "0123456789abcdef"


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ts():
    return "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(18, 26), R.randint(1, 12), R.randint(1, 28),
                                                       R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                                                       R.randint(0, 999))


def isbn13():
    body = "978" + digits(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def price():
    return R.choice(["$%d.%02d", "€%d,%02d", "£%d.%02d", "%d.%02d USD", "CHF %d.%02d"]) % (R.randint(1, 9999),
                                                                                        R.randint(0, 99))


TEMPLATES = [
    lambda: "%s INFO  [main] o.a.c.Server - Started in %d ms, pid %d, port %d" % (ts(), R.randint(5, 9000),
                                                                                R.randint(100, 65000),
                                                                                R.randint(1024, 65535)),
    lambda: "%s WARN  request %s took %d ms (p99 %d ms)" % (ts(), uuid.UUID(int=R.getrandbits(128)),
                                                          R.randint(100, 5000), R.randint(100, 9000)),
    lambda: "[%s] ERROR job=%s attempt=%d exit=%d" % (ts().replace("T", " ")[:19], hexs(12), R.randint(1, 9),
                                                      R.randint(0, 255)),
    lambda: "Order number %s was shipped %s." % (digits(R.choice([8, 10, 12, 16])),
                                                   R.choice(["today", "from warehouse 3", "yesterday"])),
    lambda: "Your order #%s-%s ships with tracking number 1Z%s%s." % (R.choice("ABCD"), digits(6), hexs(6).upper(),
                                                                      digits(10)),
    lambda: "Tracking: %s (USPS), expected delivery in %d days." % (digits(22), R.randint(1, 9)),
    lambda: "FedEx tracking %s, parcel weight %.1f kg." % (digits(12), R.uniform(0.1, 30)),
    lambda: "Invoice INV-%d-%s total %s due in %d days." % (R.randint(2019, 2026), digits(6), price(),
                                                            R.randint(7, 60)),
    lambda: "Upgrade to version %d.%d.%d (build %d.%d.%d.%d) before %s." % (
        R.randint(0, 20), R.randint(0, 40), R.randint(0, 99), R.randint(1, 20), R.randint(0, 9), R.randint(1000, 30000),
        R.randint(1, 999), R.choice(["the next release", "the freeze", "rollout"])),
    lambda: "Released v%d.%d.%d-rc.%d with %d fixes; see changelog %d.%d." % (
        R.randint(0, 9), R.randint(0, 30), R.randint(0, 50), R.randint(1, 5), R.randint(1, 300), R.randint(1, 9),
        R.randint(0, 9)),
    lambda: "commit %s Merge pull request #%d from feature/%s" % (hexs(40), R.randint(1, 9999),
                                                                   R.choice(["login", "search", "billing"])),
    lambda: "Fixed in %s, reverted in %s (short hashes)." % (hexs(7), hexs(7)),
    lambda: "Request id %s, trace %s, span %s." % (uuid.UUID(int=R.getrandbits(128)), hexs(32), hexs(16)),
    lambda: "ISBN %s-%s-%s-%s-%s and ISBN-10 %s." % ("978", digits(1), digits(3), digits(5), digits(1),
                                                     digits(9) + R.choice("0123456789X")),
    lambda: "Book ISBN %s, %d pages, %s." % (isbn13(), R.randint(90, 900), price()),
    lambda: "The %s costs %s, down from %s (%d%% off)." % (R.choice(["iPhone 15 Pro", "Galaxy S24", "Pixel 8",
                                                                     "ThinkPad X1", "Kindle Paperwhite"]),
                                                           price(), price(), R.randint(5, 60)),
    lambda: "Disk usage %d.%d GB of %d GB, %d files, %d.%d%% used, inode %d." % (
        R.randint(1, 900), R.randint(0, 9), R.choice([256, 512, 1024]), R.randint(1000, 999999), R.randint(0, 99),
        R.randint(0, 9), R.randint(100000, 99999999)),
    lambda: "Temperature %d.%d C, humidity %d%%, pressure %d hPa at %02d:%02d." % (
        R.randint(-20, 40), R.randint(0, 9), R.randint(10, 99), R.randint(950, 1050), R.randint(0, 23),
        R.randint(0, 59)),
    lambda: "Meeting notes for %s %d: the Apple and Google teams discussed Q%d goals; %d action items." % (
        R.choice(["January", "March", "May", "June", "August", "October"]), R.randint(2019, 2026), R.randint(1, 4),
        R.randint(1, 20)),
    lambda: "Ticket #%d reopened, priority P%d, SLA %dh, component %s." % (R.randint(1000, 999999), R.randint(0, 4),
                                                                          R.randint(1, 72),
                                                                          R.choice(["API", "Billing", "Search"])),
    lambda: "SKU %s-%s-%s in stock: %d units at warehouse %d." % (hexs(3).upper(), digits(4), digits(2),
                                                                   R.randint(0, 5000), R.randint(1, 99)),
    lambda: "Epoch %d ms, elapsed %d.%03d s, checksum sha256:%s." % (R.randint(1_500_000_000_000, 1_800_000_000_000),
                                                                     R.randint(0, 99), R.randint(0, 999), hexs(64)),
    lambda: "Chapter %d, section %d.%d.%d, page %d of %d." % (R.randint(1, 30), R.randint(1, 9), R.randint(1, 9),
                                                              R.randint(1, 9), R.randint(1, 500), R.randint(500, 900)),
    lambda: "Lot %s, batch %s, expiry %s-%02d." % (digits(6), hexs(8).upper(), R.randint(2025, 2030),
                                                   R.randint(1, 12)),
    lambda: "Docker image sha256:%s tagged %d.%d.%d-alpine." % (hexs(64), R.randint(1, 3), R.randint(0, 30),
                                                                R.randint(0, 9)),
    lambda: "Coordinates %d.%05d, %d.%05d; altitude %d m; heading %d deg." % (
        R.randint(-80, 80), R.randint(0, 99999), R.randint(-170, 170), R.randint(0, 99999), R.randint(0, 4000),
        R.randint(0, 359)),
    lambda: "Score %d-%d after %d minutes; attendance %d,%03d." % (R.randint(0, 5), R.randint(0, 5), R.randint(1, 90),
                                                                   R.randint(1, 90), R.randint(0, 999)),
    lambda: "GET /api/v%d/orders/%d?page=%d&size=%d HTTP/1.1 %d %d bytes" % (
        R.randint(1, 3), R.randint(10000, 99999999), R.randint(1, 99), R.choice([10, 20, 50, 100]),
        R.choice([200, 201, 304, 404, 500]), R.randint(100, 99999)),
    lambda: "Quarterly revenue grew %d.%d%% to %s million; EBITDA margin %d%%." % (R.randint(0, 40), R.randint(0, 9),
                                                                                 price(), R.randint(5, 45)),
    lambda: "Model %s-%d with firmware %d.%d.%d, serial number prefix %s." % (
        R.choice(["XR", "TX", "Q"]), R.randint(100, 9999), R.randint(1, 9), R.randint(0, 9), R.randint(0, 99),
        hexs(4).upper()),
]


def main():
    out = []
    size = 0
    while size < 110_000:
        line = R.choice(TEMPLATES)()
        out.append(line)
        size += len(line) + 1
    print("\n".join(out))


if __name__ == "__main__":
    main()
