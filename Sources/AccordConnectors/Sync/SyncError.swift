/// Why a sync run failed; `description` is for people and never holds credentials or payloads.
public struct SyncError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code for logs and the run record.
    public enum Code: String, Sendable, Hashable {
        case configuration, httpStatus, transport, retryBudgetExhausted, retryAfterTooLong, circuitOpen, malformedPage, store, malformedFile, pageNotApplied
    }

    public var code: Code
    public var description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }
}
