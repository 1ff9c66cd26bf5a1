import AccordCore
import Foundation

/// What a demo run put into the hub, counted from the database afterwards.
public struct DemoReport: Sendable {
    public var hubURL: URL
    /// An integrator token for looking at the data (`Authorization: Bearer …`).
    public var integratorToken: String
    /// `YYYY-MM`.
    public var month: String
    /// Inbox entries (raw deliveries) by channel: webhook, poll, fileDrop, statusFeed.
    public var inboxByChannel: [Channel: Int]
    /// Tickets in the hub by where they came from: `nativeAPI` (TMF621) or the supplier id.
    public var ticketsBySource: [String: Int]
    public var statusNotices: Int
    public var ledgerEntries: Int
    public var ticketsWithLedger: Int
    /// Requests the simulators made to the hub.
    public var deskRequests: Int
    public var webhooksSent: Int
    /// Seconds from the start of the replay to the scorecards.
    public var replaySeconds: Double

    /// The lines `accord demo` prints under the scorecards.
    public var summaryLines: [String] {
        let channels = [Channel.nativeAPI, .webhook, .poll, .fileDrop, .statusFeed].compactMap { channel in
            inboxByChannel[channel].map { "\(channel.rawValue) \($0)" }
        }
        return [
            "Replayed \(month) in \(String(format: "%.1f", replaySeconds)) s: \(deskRequests) TMF621 requests from the desk, \(webhooksSent) signed webhooks from NetNova.",
            "Tickets by source: " + ticketsBySource.keys.sorted().map { "\($0) \(ticketsBySource[$0] ?? 0)" }.joined(separator: ", ")
                + "; vendor notices \(statusNotices).",
            "Raw deliveries by channel: " + channels.joined(separator: ", ") + "; ledger: \(ledgerEntries) entries on \(ticketsWithLedger) tickets.",
        ]
    }
}
