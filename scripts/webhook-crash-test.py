#!/usr/bin/env python3
"""Crash test for webhook ingestion: kill -9 the hub mid-burst, restart it, lose nothing.

For each kill point: starts `accord serve` on 127.0.0.1 with a copy of Config/ and a fresh SQLite
file, sends COUNT signed Jira deliveries (distinct issue ids) from concurrent sender threads,
SIGKILLs the hub once that fraction of deliveries has been acknowledged, restarts it, lets the
senders retry everything not acknowledged (a 2xx, including 200 "duplicate", acknowledges), waits
for the inbox worker to finish, stops the hub with SIGINT and checks the SQLite file:

  - every acknowledged delivery id is stored exactly once, and nothing else is stored;
  - every entry is `processed` with exactly one successful attempt and no failed ones;
  - every delivery produced the same number of ticket events (none duplicated by reprocessing),
    ticket_event ids are unique and there is one ticket per delivery;
  - PRAGMA integrity_check is ok.

Builds nothing: pass a built binary (default .build/release/accord). See docs/RELIABILITY.md.

    python3 scripts/webhook-crash-test.py .build/release/accord --kill-at 0.1 0.3 0.5 0.7 0.9
"""
import argparse
import base64
import hashlib
import hmac
import http.client
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

SECRET = "whsec_" + base64.b64encode(bytes(range(32))).decode()
KEY = bytes(range(32))
HOST = "127.0.0.1"


def sign(delivery_id: str, timestamp: str, body: bytes) -> str:
    message = f"{delivery_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(KEY, message, hashlib.sha256).digest()).decode()


def body_for(index: int) -> bytes:
    document = {
        "timestamp": 1_709_540_100_000 + index, "webhookEvent": "jira:issue_created", "user": {"displayName": "Automation"},
        "issue": {"id": str(900_000 + index), "key": f"NET-{900_000 + index}", "fields": {
            "issuetype": {"name": "Incident"}, "summary": f"Crash-test incident {index} — 障害",
            "status": {"name": "Waiting for support"}, "priority": {"name": "High"},
            "created": "2024-03-04T09:14:59.871+0100", "updated": "2024-03-04T09:14:59.871+0100",
            "resolutiondate": None, "customfield_10050": {"name": "WAN Ops"}}},
    }
    return json.dumps(document, ensure_ascii=False).encode()


class Hub:
    """One `accord serve` process; its port changes on every start."""

    def __init__(self, binary, config, adapters, work):
        self.binary, self.config, self.adapters, self.work = binary, config, adapters, work
        self.process = None
        self.port = None
        self.starts = 0

    def start(self, timeout=60.0):
        self.starts += 1
        log = open(os.path.join(self.work, f"serve-{self.starts}.log"), "w+")
        environment = dict(os.environ, ACCORD_NETNOVA_WEBHOOK_SECRET=SECRET)
        self.process = subprocess.Popen(
            [self.binary, "serve", "--config", self.config, "--adapters", self.adapters, "--port", "0", "--log-level", "warning"],
            stdout=log, stderr=subprocess.STDOUT, env=environment)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            log.seek(0)
            match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", log.read())
            if match:
                self.port = int(match.group(1))
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"accord exited early (status {self.process.returncode}); see {log.name}")
            time.sleep(0.05)
        raise RuntimeError("accord did not report a listening address")

    def kill9(self):
        self.port = None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=60)


def sender(hub, queue, lock, state, deadline):
    connection, port = None, None
    while time.monotonic() < deadline:
        with lock:
            if not queue:
                return
            index = queue.pop()
        while time.monotonic() < deadline:
            current = hub.port
            if current is None:
                time.sleep(0.02)
                continue
            try:
                if connection is None or port != current:
                    if connection:
                        connection.close()
                    connection, port = http.client.HTTPConnection(HOST, current, timeout=10), current
                body, delivery_id = body_for(index), f"crash_{index:05d}"
                timestamp = str(int(time.time()))
                connection.request("POST", "/webhooks/netnova", body=body, headers={
                    "content-type": "application/json", "webhook-id": delivery_id, "webhook-timestamp": timestamp,
                    "webhook-signature": sign(delivery_id, timestamp, body)})
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                if connection:
                    connection.close()
                connection = None
                with lock:
                    state["errors"] += 1
                time.sleep(0.02)
                continue
            with lock:
                state["statuses"][status] = state["statuses"].get(status, 0) + 1
                if 200 <= status < 300:
                    state["acknowledged"].add(index)
                    break
            time.sleep(float(response.getheader("retry-after") or 0.1) if status in (429, 503) else 0.05)
    if connection:
        connection.close()


def check(database, acknowledged, count):
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    one = lambda sql: db.execute(sql).fetchone()[0]
    stored = {row[0] for row in db.execute("SELECT delivery_id FROM inbox_entry WHERE supplier = 'netnova'")}
    expected = {f"crash_{index:05d}" for index in acknowledged}
    per_delivery = [row[0] for row in db.execute(
        "SELECT COUNT(e.id) FROM inbox_entry i LEFT JOIN ticket_event e ON e.delivery_id = i.delivery_id AND e.supplier = i.supplier "
        "GROUP BY i.id")]
    result = {
        "stored": one("SELECT COUNT(*) FROM inbox_entry"),
        "storedDistinct": len(stored),
        "acknowledgedNotStored": len(expected - stored),
        "storedNotAcknowledged": len(stored - expected),
        "processed": one("SELECT COUNT(*) FROM inbox_entry WHERE status = 'processed'"),
        "entriesWithOneSuccess": one("SELECT COUNT(*) FROM (SELECT entry_id FROM inbox_attempt WHERE error IS NULL GROUP BY entry_id HAVING COUNT(*) = 1)"),
        "failedAttempts": one("SELECT COUNT(*) FROM inbox_attempt WHERE error IS NOT NULL"),
        "events": one("SELECT COUNT(*) FROM ticket_event"),
        "distinctEventIds": one("SELECT COUNT(DISTINCT id) FROM ticket_event"),
        "eventsPerDelivery": sorted(set(per_delivery)),
        "tickets": one("SELECT COUNT(*) FROM ticket WHERE external_supplier = 'netnova'"),
        "distinctTicketIssues": one("SELECT COUNT(DISTINCT external_id) FROM ticket WHERE external_supplier = 'netnova'"),
        "integrity": one("PRAGMA integrity_check"),
    }
    db.close()
    result["ok"] = (
        result["stored"] == result["storedDistinct"] == len(expected) == count
        and result["acknowledgedNotStored"] == 0 and result["storedNotAcknowledged"] == 0
        and result["processed"] == count and result["entriesWithOneSuccess"] == count and result["failedAttempts"] == 0
        and result["events"] == result["distinctEventIds"] and len(result["eventsPerDelivery"]) == 1 and result["eventsPerDelivery"][0] > 0
        and result["events"] == count * result["eventsPerDelivery"][0]
        and result["tickets"] == result["distinctTicketIssues"] == count and result["integrity"] == "ok")
    return result


def wait_processed(database, count, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            db = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
            done = db.execute("SELECT COUNT(*) FROM inbox_entry WHERE status != 'pending'").fetchone()[0]
            db.close()
            if done >= count:
                return True
        except sqlite3.Error:
            pass
        time.sleep(0.5)
    return False


def run_once(arguments, kill_at):
    work = tempfile.mkdtemp(prefix="accord-crash-")
    config = os.path.join(work, "Config")
    shutil.copytree(arguments.config, config)
    database = os.path.join(work, "hub.sqlite")
    hub_yaml = os.path.join(config, "hub.yaml")
    with open(hub_yaml) as file:
        text = file.read()
    for key, value in {"path": database, "synchronous": arguments.synchronous, "maxBacklog": 1_000_000,
                       "ratePerSecond": 1_000_000, "burst": 1_000_000}.items():
        text = re.sub(rf"^(\s+{key}:)\s*\S+", rf"\g<1> {value}", text, count=1, flags=re.M)
    with open(hub_yaml, "w") as file:
        file.write(text)
    hub = Hub(arguments.binary, config, arguments.adapters, work)
    lock = threading.Lock()
    state = {"acknowledged": set(), "statuses": {}, "errors": 0}
    queue = list(reversed(range(arguments.count)))
    started = time.monotonic()
    deadline = started + arguments.timeout
    hub.start()
    threads = [threading.Thread(target=sender, args=(hub, queue, lock, state, deadline), daemon=True) for _ in range(arguments.senders)]
    for thread in threads:
        thread.start()
    kill_threshold = int(arguments.count * kill_at)
    while time.monotonic() < deadline:
        with lock:
            acknowledged_at_kill = len(state["acknowledged"])
        if acknowledged_at_kill >= kill_threshold:
            break
        time.sleep(0.001)
    killed_at = time.monotonic()
    hub.kill9()
    hub.start()
    restart_seconds = time.monotonic() - killed_at
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    send_seconds = time.monotonic() - started
    processed_in_time = wait_processed(database, arguments.count, max(1.0, deadline - time.monotonic()))
    stop_status = hub.stop()
    result = check(database, state["acknowledged"], arguments.count)
    result.update({
        "killAt": kill_at, "acknowledgedAtKill": acknowledged_at_kill, "acknowledged": len(state["acknowledged"]),
        "statuses": {str(k): v for k, v in sorted(state["statuses"].items())}, "connectionErrors": state["errors"],
        "restartSeconds": round(restart_seconds, 2), "sendSeconds": round(send_seconds, 1),
        "totalSeconds": round(time.monotonic() - started, 1), "processedInTime": processed_in_time, "stopStatus": stop_status,
    })
    result["ok"] = result["ok"] and processed_in_time and stop_status == 0
    if result["ok"] and not arguments.keep:
        shutil.rmtree(work)
    else:
        result["workDirectory"] = work
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default=".build/release/accord")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--senders", type=int, default=16)
    parser.add_argument("--kill-at", type=float, nargs="+", default=[0.1, 0.3, 0.5, 0.7, 0.9])
    parser.add_argument("--config", default="Config")
    parser.add_argument("--adapters", default="Adapters")
    parser.add_argument("--synchronous", choices=["full", "normal"], default="full")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run before giving up")
    parser.add_argument("--keep", action="store_true", help="keep each run's directory")
    arguments = parser.parse_args()
    if not os.access(arguments.binary, os.X_OK):
        sys.exit(f"error: {arguments.binary} is not an executable; build it with `swift build -c release`")
    arguments.binary = os.path.abspath(arguments.binary)
    results = []
    for kill_at in arguments.kill_at:
        result = run_once(arguments, kill_at)
        print(json.dumps(result), flush=True)
        results.append(result)
    print("\n| kill after | acked at kill | acknowledged | 202 / 200 dup | stored | processed | tickets | events (per delivery) | integrity | restart s | total s | result |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {int(r['killAt'] * 100)}% | {r['acknowledgedAtKill']} | {r['acknowledged']} | {r['statuses'].get('202', 0)} / {r['statuses'].get('200', 0)} "
              f"| {r['stored']} | {r['processed']} | {r['tickets']} | {r['events']} ({', '.join(map(str, r['eventsPerDelivery']))}) | {r['integrity']} "
              f"| {r['restartSeconds']} | {r['totalSeconds']} | {'pass' if r['ok'] else 'FAIL'} |")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
