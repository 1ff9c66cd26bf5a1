/// Why a business-time question (`accord time add`, `elapsed` or one `batch` line) has no answer.
///
/// The code is stable and documented; the message says what to fix and never echoes more of the
/// input than the offending value.
public struct TimeQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable error codes, as printed in `{"error": {"code": …}}`.
    public enum Code: String, Sendable, Equatable, CaseIterable {
        /// The batch line is not a JSON object.
        case invalidJSON = "time.invalid_json"
        /// A field is missing, of the wrong type, or not allowed for the operation.
        case invalidRequest = "time.invalid_request"
        /// The calendar fails the calendar file's validation.
        case invalidCalendar = "time.invalid_calendar"
        /// An instant is not RFC 3339 with an offset, or lies outside 0001...9999.
        case invalidInstant = "time.invalid_instant"
        /// The business seconds are not a whole number at least 0.
        case invalidSeconds = "time.invalid_seconds"
        /// `op` is neither `add` nor `elapsed`.
        case invalidOp = "time.invalid_op"
        /// The calendar never opens again, so no due instant exists.
        case noWorkingTime = "time.no_working_time"
        /// The due instant would fall after 9999-12-31.
        case outOfRange = "time.out_of_range"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `message (code)`, for standard error.
    public var description: String { "\(message) (\(code.rawValue))" }
}
