import AccordConnectors
import AccordCore
import Foundation

/// NetNova's Jira Service Management (Integrate tier): every change to an issue is sent to the
/// hub's real `POST /webhooks/netnova` as a Jira webhook signed the Standard Webhooks way
/// (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<HMAC-SHA256>`), timestamped by
/// the demo clock so it falls inside the hub's tolerance.
actor JiraSimulator {
    let hub: URL
    let secret: WebhookSecret
    private let http = DemoHTTPClient()
    private var statuses: [String: String] = [:]
    private(set) var deliveries = 0

    init(hub: URL, secret: WebhookSecret) {
        self.hub = hub
        self.secret = secret
    }

    /// Sends the webhook for one step of a NetNova issue, signed at `now`.
    func send(_ step: SyntheticStep, of ticket: SyntheticTicket, stepIndex: Int, now: Date) async throws {
        let status = Self.status(after: step.change)
        let body = try DemoHTTPClient.json(webhook(step, of: ticket, status: status, stepIndex: stepIndex))
        statuses[ticket.key] = status
        let id = "msg_\(ticket.key)_\(stepIndex)"
        let timestamp = String(Int(now.timeIntervalSince1970))
        deliveries += 1
        try await http.send("POST", hub.appendingPathComponent("webhooks/netnova"), headers: [
            "Content-Type": "application/json", "webhook-id": id, "webhook-timestamp": timestamp,
            "webhook-signature": WebhookVerifier.sign(id: id, timestamp: timestamp, body: body, secret: secret),
        ], body: body)
    }

    private func webhook(_ step: SyntheticStep, of ticket: SyntheticTicket, status: String, stepIndex: Int) -> [String: Any] {
        let number = Int(ticket.key.split(separator: "-").last ?? "0") ?? 0
        let resolved = ticket.steps.prefix(stepIndex + 1).last { $0.change == .resolved }?.at
        var document: [String: Any] = [
            "timestamp": Int64(step.at.timeIntervalSince1970 * 1000),
            "webhookEvent": step.change == .opened ? "jira:issue_created" : "jira:issue_updated",
            "user": ["displayName": "NetNova NOC"],
            "issue": [
                "id": String(20_000 + number), "key": ticket.key,
                "fields": [
                    "issuetype": ["name": "Incident"], "summary": ticket.title, "status": ["name": status],
                    "priority": ["name": Self.priorityName(ticket.priority)],
                    "created": Self.jiraTime(ticket.steps[0].at), "updated": Self.jiraTime(step.at),
                    "resolutiondate": (status == "Resolved" || status == "Closed") ? resolved.map(Self.jiraTime) as Any : NSNull(),
                    "assignee": ["displayName": "NOC engineer"], "customfield_10050": ["name": "Network Operations"],
                    "customfield_10060": [["name": ticket.service]],
                ] as [String: Any],
            ] as [String: Any],
        ]
        if step.change != .opened {
            document["changelog"] = [
                "id": String(number * 100 + stepIndex),
                "items": [["field": "status", "fieldtype": "jira", "fromString": statuses[ticket.key] ?? "Waiting for support", "toString": status]],
            ] as [String: Any]
        }
        return document
    }

    static func status(after change: SyntheticChange) -> String {
        switch change {
        case .opened: "Waiting for support"
        case .started, .resumed, .reopened, .handedTo: "In Progress"
        case .pendingCustomer: "Waiting for customer"
        case .resolved: "Resolved"
        case .closed: "Closed"
        }
    }

    static func priorityName(_ priority: Priority) -> String {
        switch priority {
        case .p1: "Highest"
        case .p2: "High"
        case .p3: "Medium"
        default: "Low"
        }
    }

    /// Jira's `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, in UTC.
    static func jiraTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.000+0000", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
