import AccordCore
import Foundation

/// Stratus' ServiceNow as records: incidents as they stood at an instant, and a few servers.
/// Shared by the Table API simulator and the nightly XML export.
struct ServiceNowRecords: Sendable {
    let tickets: [SyntheticTicket]
    let servers: [[String: String]]

    init(tickets: [SyntheticTicket], serversObservedAt: Date) {
        self.tickets = tickets
        servers = (1...6).map { number in
            let name = String(format: "stratus-app-%02d", number)
            return [
                "sys_id": Self.sysID(name), "sys_class_name": "cmdb_ci_linux_server", "name": name, "host_name": name,
                "fqdn": "\(name).hosting.example", "ip_address": "10.20.0.\(10 + number)", "serial_number": "STR-\(4_100 + number)",
                "os": "Linux", "os_version": "9.4", "cpu_count": "8", "ram": "32768", "operational_status": "1",
                "sys_updated_on": Self.text(serversObservedAt),
            ]
        }
    }

    /// Every ticket that exists at `instant`, as the Table API would show it then, by sys_id.
    /// `updatedSince` is Table API text (`yyyy-MM-dd HH:mm:ss`), as a watermark query carries it.
    func incidents(at instant: Date, updatedSince: String? = nil) -> [[String: String]] {
        tickets.compactMap { incident(for: $0, at: instant) }
            .filter { row in updatedSince.map { since in (row["sys_updated_on"] ?? "") >= since } ?? true }
            .sorted { ($0["sys_id"] ?? "") < ($1["sys_id"] ?? "") }
    }

    /// Tickets with a step in `(after, upTo]`, as they stood at `upTo` (the nightly export).
    func incidents(changedAfter after: Date, upTo: Date) -> [[String: String]] {
        tickets.filter { ticket in ticket.steps.contains { $0.at > after && $0.at <= upTo } }
            .compactMap { incident(for: $0, at: upTo) }
    }

    func incident(for ticket: SyntheticTicket, at instant: Date) -> [String: String]? {
        guard let state = ticket.state(at: instant) else { return nil }
        let seen = ticket.steps.filter { $0.at <= instant }
        let resolved = seen.last { $0.change == .resolved }?.at
        let closed = seen.last { $0.change == .closed }?.at
        let (code, hold): (String, String) = switch state {
        case .new: ("1", "")
        case .inProgress: ("2", "")
        case .pendingCustomer: ("3", "1")
        case .resolved: ("6", "")
        case .closed: ("7", "")
        }
        let (impact, urgency): (String, String) = switch ticket.priority {
        case .p1: ("1", "1")
        case .p2: ("1", "2")
        case .p3: ("2", "2")
        default: ("3", "2")
        }
        return [
            "sys_id": Self.sysID(ticket.key), "number": ticket.key, "sys_class_name": "incident",
            "short_description": ticket.title, "description": "\(ticket.title) (synthetic demo incident)",
            "state": code, "hold_reason": hold, "impact": impact, "urgency": urgency, "priority": String(ticket.priority.rawValue),
            "opened_at": Self.text(ticket.steps[0].at),
            "resolved_at": state == .resolved || state == .closed ? resolved.map(Self.text) ?? "" : "",
            "closed_at": state == .closed ? closed.map(Self.text) ?? "" : "",
            "sys_updated_on": Self.text(seen.last?.at ?? ticket.steps[0].at),
            "assignment_group": "Stratus Hosting Operations", "assigned_to": "", "business_service": ticket.service,
            "cmdb_ci": servers[abs(ticket.key.hashValueStable) % servers.count]["sys_id"] ?? "",
        ]
    }

    // MARK: - Formats

    /// A stable 32-hex sys_id for a key.
    static func sysID(_ key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(format: "%016llx%016llx", hash, hash &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Table API date-times: `yyyy-MM-dd HH:mm:ss` in UTC (text order is time order).
    static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// `{"result": [...]}` as the Table API answers JSON.
    static func json(_ rows: [[String: String]]) -> Data {
        (try? JSONSerialization.data(withJSONObject: ["result": rows], options: [.sortedKeys])) ?? Data()
    }

    /// `<response><result>…</result></response>` as the Table API answers XML (and exports it).
    static func xml(_ rows: [[String: String]]) -> Data {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n"
        for row in rows {
            text += "  <result>\n"
            for key in row.keys.sorted() {
                let value = row[key] ?? ""
                text += value.isEmpty ? "    <\(key)/>\n" : "    <\(key)>\(escaped(value))</\(key)>\n"
            }
            text += "  </result>\n"
        }
        return Data((text + "</response>\n").utf8)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    var hashValueStable: Int { unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0x7FFF_FFFF } }
}
