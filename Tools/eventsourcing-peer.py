#!/usr/bin/env python3
"""The same events stored with the Python `eventsourcing` library (SQLite persistence).

What a team would write instead of Taizhang with a general event-sourcing library: one
aggregate per project, one domain event per CSV row, all saved in one transaction to the
library's SQLite recorder. Amounts are parsed to integer fen (no float), as Taizhang does;
no lifecycle validation beyond what the aggregate's methods do.

Usage: eventsourcing-peer.py CSV DBFILE   (prints: events=N seconds=S events_per_s=R)
"""
import csv
import os
import sys
import time
from decimal import Decimal

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event

UNITS = (("亿元", 10**8), ("亿", 10**8), ("万元", 10**4), ("万", 10**4), ("元", 1))


def fen(text):
    """'12608万元' -> integer fen, exactly."""
    if not text:
        return 0
    for suffix, unit in UNITS:
        if text.endswith(suffix):
            value = Decimal(text[: -len(suffix)].replace(",", "")) * unit * 100
            break
    else:
        value = Decimal(text.replace(",", "")) * 100
    if value != value.to_integral_value():
        raise ValueError(f"more than two decimals of yuan: {text}")
    return int(value)


class Project(Aggregate):
    @event("Signed")
    def __init__(self, project_id, name, group, industry, investor, amount_fen, date):
        self.project_id = project_id
        self.name = name
        self.group = group
        self.industry = industry
        self.investor = investor
        self.total_fen = amount_fen
        self.disbursed_fen = 0
        self.signed = date
        self.started = None
        self.commissioned = None
        self.terminated = None

    @event("Disbursed")
    def disburse(self, amount_fen, date):
        self.disbursed_fen += amount_fen

    @event("Started")
    def start(self, date):
        self.started = date

    @event("Commissioned")
    def commission(self, date):
        self.commissioned = date

    @event("Revised")
    def revise(self, amount_fen, date):
        self.total_fen = amount_fen

    @event("Terminated")
    def terminate(self, date, reason):
        self.terminated = date


class Ledger(Application):
    pass


def main():
    csv_path, db_path = sys.argv[1], sys.argv[2]
    os.environ["PERSISTENCE_MODULE"] = "eventsourcing.sqlite"
    os.environ["SQLITE_DBNAME"] = db_path
    start = time.perf_counter()
    app = Ledger()
    projects = {}
    count = 0
    with open(csv_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind, pid, date = row["kind"], row["project"], row["date"]
            if kind == "signed":
                projects[pid] = Project(pid, row["name"], row["group"], row["industry"], row["investor"], fen(row["amount"]), date)
            else:
                p = projects[pid]
                if kind == "disbursed":
                    p.disburse(fen(row["amount"]), date)
                elif kind == "started":
                    p.start(date)
                elif kind == "commissioned":
                    p.commission(date)
                elif kind == "revised":
                    p.revise(fen(row["amount"]), date)
                elif kind == "terminated":
                    p.terminate(date, row["note"])
                else:
                    raise ValueError(f"unexpected kind {kind}")
            count += 1
    app.save(*projects.values())
    seconds = time.perf_counter() - start
    print(f"events={count} seconds={seconds:.6f} events_per_s={count / seconds:.0f}")


if __name__ == "__main__":
    main()
