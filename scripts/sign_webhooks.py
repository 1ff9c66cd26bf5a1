#!/usr/bin/env python3
"""Signs webhook deliveries with the `standardwebhooks` package, an independent sender.

Prints JSON Lines, one delivery a line: {"id", "timestamp", "signature", "body", "tampered"}.
The first COUNT lines are genuine; the next COUNT are the same deliveries with one byte of the
body, id or timestamp changed after signing (`"tampered": true`, `"tamperedPart"` says which).
Bodies are Jira Service Management issue webhooks with distinct issue ids, some with non-ASCII
text, so a hub that accepts them also creates tickets.

    pip install standardwebhooks
    python3 scripts/sign_webhooks.py --count 20 --secret whsec_...
"""
import argparse
import json
import sys
from datetime import datetime, timezone

from standardwebhooks import Webhook

DEFAULT_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SUMMARIES = [
    "Router down",
    "Routeur en panne — site de Lyon",
    "路由器故障 (core-rtr-02)",
    "Störung: Firewall lässt keine Verbindungen zu",
    "VPN tunnel flapping 🔥",
    'Quotes "inside" and back\\slashes',
]


def jira_body(issue_id: int, index: int) -> str:
    """A Jira issue-created webhook like Tests/AccordServerTests/WebhookTestHub.swift builds."""
    document = {
        "timestamp": 1_709_540_100_123 + index,
        "webhookEvent": "jira:issue_created",
        "user": {"displayName": "Automation"},
        "issue": {
            "id": str(issue_id),
            "key": f"NET-{issue_id}",
            "fields": {
                "issuetype": {"name": "Incident"},
                "summary": SUMMARIES[index % len(SUMMARIES)],
                "status": {"name": "Waiting for support"},
                "priority": {"name": ["Highest", "High", "Medium", "Low"][index % 4]},
                "created": "2024-03-04T09:14:59.871+0100",
                "updated": "2024-03-04T09:14:59.871+0100",
                "resolutiondate": None,
                "customfield_10050": {"name": "WAN Ops"},
            },
        },
    }
    # Half the bodies keep non-ASCII characters raw (multi-byte UTF-8 on the wire), half escape them.
    return json.dumps(document, ensure_ascii=index % 2 == 1)


def change_one_byte(text: str) -> str:
    """Changes one ASCII character (so the result stays valid UTF-8 and the same length)."""
    for position in range(len(text) // 2, len(text)):
        character = text[position]
        if character.isdigit():
            replacement = "0" if character != "0" else "1"
            return text[:position] + replacement + text[position + 1:]
        if character.isalpha() and character.isascii():
            return text[:position] + character.swapcase() + text[position + 1:]
    return text[:-1] + ("x" if text[-1] != "x" else "y")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20, help="genuine deliveries (as many tampered follow)")
    parser.add_argument("--secret", default=DEFAULT_SECRET, help="the whsec_ secret to sign with")
    parser.add_argument("--first-issue", type=int, default=700_000, help="Jira issue id of the first delivery")
    parser.add_argument("--prefix", default="msg_interop_", help="webhook-id prefix")
    arguments = parser.parse_args()

    webhook = Webhook(arguments.secret)
    now = datetime.now(tz=timezone.utc)
    timestamp = str(int(now.timestamp()))
    genuine = []
    for index in range(arguments.count):
        delivery_id = f"{arguments.prefix}{index:05d}"
        body = jira_body(arguments.first_issue + index, index)
        signature = webhook.sign(msg_id=delivery_id, timestamp=now, data=body)
        genuine.append({"id": delivery_id, "timestamp": timestamp, "signature": signature, "body": body, "tampered": False})
    for delivery in genuine:
        print(json.dumps(delivery, ensure_ascii=False))
    parts = ["body", "body", "id", "timestamp"]
    for index, delivery in enumerate(genuine):
        part = parts[index % len(parts)]
        tampered = dict(delivery, tampered=True, tamperedPart=part)
        if part == "timestamp":  # one second off: inside the tolerance, so only the signature fails
            tampered[part] = str(int(delivery[part]) + 1)
        else:
            tampered[part] = change_one_byte(delivery[part])
        print(json.dumps(tampered, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
