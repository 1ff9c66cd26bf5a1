#!/usr/bin/env python3
"""Crash test for scheduled sync: kill -9 `accord sync` mid-run, again and again, then let it finish.

Starts a fake ServiceNow Table API (offset/limit pages, X-Total-Count, Link, a short delay per page)
serving COUNT incidents, points a copy of Config/ at it (supplier stratus-hosting, resource
incidents, full mode), then for each of KILLS rounds starts `accord sync stratus-hosting --full
--resource incidents`, waits until the fake server has served a random number of pages to it, and
SIGKILLs it. A last run goes to the end. Then it checks the SQLite file:

  - one ticket per source incident, with the source's title and no duplicates;
  - one sync run, completed, whose pages and `created` count match the source (a resumed run goes on
    from its last committed page; a page fetched again after a kill is not counted twice), and the
    last run fetched fewer pages than the source has (it resumed rather than started over);
  - the watermark equals the newest `sys_updated_on` of the source;
  - every inbox entry is processed, delivery ids are unique, PRAGMA integrity_check is ok;
  - an unchanged full re-run stores no new inbox entry and changes no ticket.

Builds nothing: pass a built binary (default .build/release/accord). See docs/RELIABILITY.md.

    python3 scripts/sync-crash-test.py .build/release/accord --count 2000 --kills 8 --rounds 3
"""
import argparse
import datetime
import http.server
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

BASE = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


def incidents(count, seed):
    generator = random.Random(seed)
    rows = []
    for index in range(count):
        sys_id = "%032x" % generator.getrandbits(112)
        rows.append({"sys_id": sys_id, "sys_class_name": "incident", "number": f"INC{index:07d}",
                     "short_description": f"Crash-test incident {index} — 障害 {sys_id[-6:]}", "state": generator.choice(["1", "2", "6"]),
                     "priority": "3", "opened_at": "2023-12-31 10:00:00",
                     "sys_updated_on": (BASE + datetime.timedelta(minutes=index)).strftime("%Y-%m-%d %H:%M:%S")})
    return sorted(rows, key=lambda row: row["sys_id"])


class FakeServiceNow(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, rows, delay):
        super().__init__(("127.0.0.1", 0), Handler)
        self.rows, self.delay = rows, delay
        self.lock = threading.Lock()
        self.pages_served = 0
        self.page_event = threading.Condition(self.lock)


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *arguments):
        pass

    def do_GET(self):
        from urllib.parse import urlparse, parse_qs
        url = urlparse(self.path)
        if url.path != "/api/now/table/incident":
            self.send_error(404)
            return
        query = parse_qs(url.query)
        offset = int(query.get("sysparm_offset", ["0"])[0])
        limit = int(query.get("sysparm_limit", ["100"])[0])
        time.sleep(self.server.delay)
        rows = self.server.rows
        body = json.dumps({"result": rows[offset:offset + limit]}, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Total-Count", str(len(rows)))
        if offset + limit < len(rows):
            self.send_header("Link", f'<http://127.0.0.1:{self.server.server_address[1]}{url.path}?sysparm_offset={offset + limit}&sysparm_limit={limit}>; rel="next"')
        self.end_headers()
        self.wfile.write(body)
        with self.server.page_event:
            self.server.pages_served += 1
            self.server.page_event.notify_all()


def prepare(arguments, work, port):
    config = os.path.join(work, "Config")
    shutil.copytree(arguments.config, config)
    database = os.path.join(work, "hub.sqlite")
    hub_yaml = os.path.join(config, "hub.yaml")
    with open(hub_yaml) as file:
        text = file.read()
    text = re.sub(r"^(\s+path:)\s*\S+", rf"\g<1> {database}", text, count=1, flags=re.M)
    text = re.sub(r"^(\s+synchronous:)\s*\S+", rf"\g<1> {arguments.synchronous}", text, count=1, flags=re.M)
    with open(hub_yaml, "w") as file:
        file.write(text)
    supplier = os.path.join(config, "suppliers", "stratus-hosting.yaml")
    with open(supplier) as file:
        text = file.read()
    text = text[:text.index("sync:")] + f"""sync:
  baseURL: http://127.0.0.1:{port}
  auth: {{type: basic, user: ACCORD_STRATUS_USER, password: ACCORD_STRATUS_PASSWORD}}
  schedule: 1h
  mode: full
  timeout: 10s
  readAhead: {arguments.read_ahead}
  resources:
    - name: incidents
      path: /api/now/table/incident
      pagination: {{style: offset, limit: {arguments.page_size}}}
"""
    with open(supplier, "w") as file:
        file.write(text)
    return config, database


def sync(arguments, config, work, attempt):
    log = open(os.path.join(work, f"sync-{attempt}.log"), "w")
    environment = dict(os.environ, ACCORD_STRATUS_USER="svc", ACCORD_STRATUS_PASSWORD="secret")
    return subprocess.Popen([arguments.binary, "sync", "stratus-hosting", "--full", "--resource", "incidents", "--config", config,
                             "--adapters", arguments.adapters], stdout=log, stderr=subprocess.STDOUT, env=environment)


def check(database, rows, page_size):
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    one = lambda sql, *args: db.execute(sql, args).fetchone()[0]
    titles = dict(db.execute("SELECT external_id, title FROM ticket WHERE external_supplier = 'stratus-hosting'").fetchall())
    runs = db.execute("SELECT id, status, pages, counts, watermark_after FROM sync_run").fetchall()
    watermark = one("SELECT watermark FROM sync_watermark WHERE supplier = 'stratus-hosting' AND resource = 'incidents'")
    newest = max(datetime.datetime.strptime(row["sys_updated_on"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone.utc) for row in rows)
    counts = json.loads(runs[0][3]) if len(runs) == 1 and runs[0][3] else {}
    expected_pages = (len(rows) + page_size - 1) // page_size
    result = {
        "tickets": one("SELECT COUNT(*) FROM ticket WHERE external_supplier = 'stratus-hosting'"),
        "distinctTickets": len(titles),
        "titlesEqualSource": titles == {row["sys_id"]: row["short_description"] for row in rows},
        "runs": [(run[0], run[1], run[2]) for run in runs],
        "created": counts.get("created"), "seen": counts.get("seen"),
        "watermarkOK": watermark is not None and abs(watermark - (newest - datetime.datetime(2001, 1, 1, tzinfo=datetime.timezone.utc)).total_seconds()) < 0.001,
        "inbox": one("SELECT COUNT(*) FROM inbox_entry"), "inboxDistinct": one("SELECT COUNT(DISTINCT delivery_id) FROM inbox_entry"),
        "inboxNotProcessed": one("SELECT COUNT(*) FROM inbox_entry WHERE status != 'processed'"),
        "integrity": one("PRAGMA integrity_check"),
    }
    db.close()
    result["ok"] = (result["tickets"] == result["distinctTickets"] == len(rows) and result["titlesEqualSource"]
                    and len(runs) == 1 and runs[0][1] == "completed" and runs[0][2] == expected_pages
                    and result["created"] == len(rows) and result["watermarkOK"]
                    and result["inbox"] == result["inboxDistinct"] and result["inboxNotProcessed"] == 0 and result["integrity"] == "ok")
    return result


def run_once(arguments, round_number):
    rows = incidents(arguments.count, seed=round_number)
    server = FakeServiceNow(rows, arguments.page_delay)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    work = tempfile.mkdtemp(prefix="accord-sync-crash-")
    config, database = prepare(arguments, work, server.server_address[1])
    pages = (len(rows) + arguments.page_size - 1) // arguments.page_size
    chooser = random.Random(1000 + round_number)
    kills = []
    started = time.monotonic()
    for attempt in range(arguments.kills):
        with server.page_event:
            before = server.pages_served
        target = chooser.randint(1, max(1, pages // max(1, arguments.kills)))
        process = sync(arguments, config, work, attempt)
        with server.page_event:
            server.page_event.wait_for(lambda: server.pages_served - before >= target or process.poll() is not None, timeout=arguments.timeout)
        time.sleep(chooser.random() * arguments.page_delay)  # land anywhere between two page fetches
        exited = process.poll()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        kills.append({"afterPages": target, "exitedBeforeKill": exited is not None})
    with server.page_event:
        served_before_final = server.pages_served
    final = sync(arguments, config, work, "final")
    final_status = final.wait(timeout=arguments.timeout)
    with server.page_event:
        final_pages = server.pages_served - served_before_final
    result = check(database, rows, arguments.page_size)
    # An unchanged re-run: no new inbox entry, no ticket change.
    inbox_before = result["inbox"]
    rerun_status = sync(arguments, config, work, "rerun").wait(timeout=arguments.timeout)
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    inbox_after = db.execute("SELECT COUNT(*) FROM inbox_entry").fetchone()[0]
    rerun_counts = json.loads(db.execute("SELECT counts FROM sync_run ORDER BY id DESC LIMIT 1").fetchone()[0])
    db.close()
    server.shutdown()
    result.update({"round": round_number, "records": len(rows), "pages": pages, "kills": kills, "finalStatus": final_status,
                   "pagesFetchedByFinalRun": final_pages, "pagesFetchedInAll": served_before_final + final_pages,
                   "rerunStatus": rerun_status, "rerunNewInboxEntries": inbox_after - inbox_before,
                   "rerunUnchanged": rerun_counts.get("unchanged"), "seconds": round(time.monotonic() - started, 1)})
    # The final run resumes: it fetches fewer pages than the source has (the kills got somewhere).
    result["ok"] = (result["ok"] and final_status == 0 and rerun_status == 0 and inbox_after == inbox_before and final_pages < pages
                    and rerun_counts.get("unchanged") == len(rows))
    if result["ok"] and not arguments.keep:
        shutil.rmtree(work)
    else:
        result["workDirectory"] = work
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default=".build/release/accord")
    parser.add_argument("--count", type=int, default=2000, help="source incidents")
    parser.add_argument("--page-size", type=int, default=50)
    parser.add_argument("--page-delay", type=float, default=0.02, help="seconds the fake server waits per page")
    parser.add_argument("--kills", type=int, default=8, help="SIGKILLs per round before the last run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--config", default="Config")
    parser.add_argument("--adapters", default="Adapters")
    parser.add_argument("--synchronous", choices=["full", "normal"], default="full")
    parser.add_argument("--read-ahead", type=int, default=1, help="the supplier's readAhead (pages read while one commits)")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--keep", action="store_true")
    arguments = parser.parse_args()
    if not os.access(arguments.binary, os.X_OK):
        sys.exit(f"error: {arguments.binary} is not an executable; build it with `swift build -c release --product accord`")
    arguments.binary = os.path.abspath(arguments.binary)
    arguments.config, arguments.adapters = os.path.abspath(arguments.config), os.path.abspath(arguments.adapters)
    results = [run_once(arguments, number) for number in range(1, arguments.rounds + 1)]
    for result in results:
        print(json.dumps(result, ensure_ascii=False))
    passed = sum(1 for result in results if result["ok"])
    print(f"{passed}/{len(results)} rounds passed")
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
