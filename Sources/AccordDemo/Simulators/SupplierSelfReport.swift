import AccordCore
import Foundation

/// Stratus' own monthly figures, as an Interface supplier submits them: for every ticket its
/// ServiceNow resolved in the month, the priority and when it says it responded and resolved
/// (CSV), posted with Stratus' token to `POST /api/v1/suppliers/stratus-hosting/reports`. The hub's
/// comparison with its ledger is read back from `GET …/discrepancies`.
struct SupplierSelfReport: Sendable {
    /// Stratus' tickets (both routes).
    let tickets: [SyntheticTicket]
    let period: DateInterval
    /// `YYYY-MM`.
    let name: String

    /// The report body: `ticket` is the ServiceNow sys_id, the hub's external reference.
    func csv() -> String {
        var lines = ["ticket,priority,respondedAt,resolvedAt"]
        for ticket in tickets {
            guard let resolved = ticket.steps.last(where: { $0.change == .resolved })?.at, period.contains(resolved),
                  let responded = ticket.steps.first(where: { $0.change == .started })?.at
            else { continue }
            lines.append([ServiceNowRecords.sysID(ticket.key), ticket.priority.description, Self.instant(responded), Self.instant(resolved)].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Submits the report and returns the lines that summarise the hub's comparison.
    func submit(hub: URL, token: String) async throws -> [String] {
        let http = DemoHTTPClient()
        let base = hub.appendingPathComponent("api/v1/suppliers/stratus-hosting")
        let auth = ["Authorization": "Bearer \(token)"]
        let body = Data(csv().utf8)
        try await http.send("POST", URL(string: base.appendingPathComponent("reports").absoluteString + "?period=\(name)")!,
                            headers: auth.merging(["Content-Type": "text/csv"]) { $1 }, body: body)
        let (_, data) = try await http.send("GET", URL(string: base.appendingPathComponent("discrepancies").absoluteString + "?period=\(name)")!, headers: auth)
        let answer = (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
        let found = (answer["discrepancies"] as? [[String: Any]]) ?? []
        var byKind: [String: Int] = [:]
        for item in found { byKind[item["kind"] as? String ?? "?", default: 0] += 1 }
        let kinds = byKind.keys.sorted().map { "\($0) \(byKind[$0] ?? 0)" }.joined(separator: ", ")
        return [
            "Stratus' own report for \(name): \(answer["rowsReported"] as? Int ?? 0) tickets; compared with the ledger "
                + "(\(answer["resolvedInLedger"] as? Int ?? 0) resolved there): \(found.count) discrepancies" + (kinds.isEmpty ? "." : " (\(kinds))."),
            "  Its responses are earlier than the nightly snapshots show; the evidence is at /api/v1/suppliers/stratus-hosting/discrepancies?period=\(name)",
        ]
    }

    /// RFC 3339 in UTC.
    static func instant(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
