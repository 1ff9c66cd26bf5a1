import Foundation

/// A stored delivery and where its processing stands.
public struct InboxEntry: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var delivery: InboxDelivery
    public var status: InboxStatus
    public var attempts: Int
    /// When the next processing attempt is due (pending entries only).
    public var nextAttemptAt: Date?
    public var processedAt: Date?
    /// The last failure, for people: adapter diagnostics or the reason an apply failed.
    public var lastError: String?

    public init(
        id: Int64, delivery: InboxDelivery, status: InboxStatus, attempts: Int = 0,
        nextAttemptAt: Date? = nil, processedAt: Date? = nil, lastError: String? = nil
    ) {
        self.id = id
        self.delivery = delivery
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.processedAt = processedAt
        self.lastError = lastError
    }
}

/// Where an inbox entry's processing stands.
public enum InboxStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// Waiting for (another) processing attempt.
    case pending
    /// Normalised and applied.
    case processed
    /// Failed too often; kept with its diagnostics until replayed.
    case dead
}

/// The answer to storing a delivery.
public enum InboxAcceptance: Sendable, Hashable {
    /// Newly stored and durable.
    case accepted(entryID: Int64)
    /// Already stored with the same body: nothing new.
    case duplicate(entryID: Int64)
    /// Already stored with a different body: the original is kept.
    case conflict(entryID: Int64)
}

/// One processing attempt of an inbox entry, kept as the entry's attempt log.
public struct InboxAttempt: Sendable, Hashable {
    public var entryID: Int64
    public var number: Int
    public var at: Date
    /// `nil` when the attempt succeeded.
    public var error: String?

    public init(entryID: Int64, number: Int, at: Date, error: String?) {
        self.entryID = entryID
        self.number = number
        self.at = at
        self.error = error
    }
}
