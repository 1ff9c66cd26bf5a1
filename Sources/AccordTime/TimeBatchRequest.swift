import Foundation

/// One decoded line of `accord time batch` input, apart from its calendar.
struct TimeBatchRequest {
    enum Operation {
        case add(seconds: Int)
        case elapsed(to: Date)
    }

    var from: Date
    var operation: Operation

    static let keys = ["id", "calendar", "op", "from", "seconds", "to"]

    /// Validates the request object's members (the `id` is the caller's business); the calendar
    /// is only checked to be an object, since it is compiled (and cached) from its text.
    init(_ members: [JSONValue.Member]) throws(TimeQueryError) {
        var fields: [String: JSONValue] = [:]
        for member in members {
            guard Self.keys.contains(member.name) else {
                throw TimeQueryError(.invalidRequest, "unknown key '\(member.name)' (expected: \(Self.keys.joined(separator: ", ")))")
            }
            guard fields.updateValue(member.value, forKey: member.name) == nil else {
                throw TimeQueryError(.invalidRequest, "key '\(member.name)' appears twice")
            }
        }
        let operationName: String
        switch fields["op"] {
        case .string(let name) where name == "add" || name == "elapsed": operationName = name
        case .string(let name): throw TimeQueryError(.invalidOp, "'op' must be \"add\" or \"elapsed\" (found \"\(name)\")")
        case nil: throw TimeQueryError(.invalidOp, "missing 'op' (\"add\" or \"elapsed\")")
        case let other?: throw TimeQueryError(.invalidOp, "'op' must be the string \"add\" or \"elapsed\", found \(other.kindName)")
        }
        let unused = operationName == "add" ? "to" : "seconds"
        guard fields[unused] == nil else {
            throw TimeQueryError(.invalidRequest, "'\(unused)' is not used by op \"\(operationName)\"; remove it")
        }
        from = try Self.instant(fields["from"], "from")
        if operationName == "add" {
            operation = .add(seconds: try Self.seconds(fields["seconds"]))
        } else {
            operation = .elapsed(to: try Self.instant(fields["to"], "to"))
        }
        switch fields["calendar"] {
        case .object?: break
        case nil: throw TimeQueryError(.invalidCalendar, "missing 'calendar' (an object with the calendar file's keys)")
        case let other?: throw TimeQueryError(.invalidCalendar, "'calendar' must be an object with the calendar file's keys, found \(other.kindName)")
        }
    }

    private static func instant(_ value: JSONValue?, _ key: String) throws(TimeQueryError) -> Date {
        switch value {
        case .string(let text)?: return try TimeQuery.instant(text, "'\(key)'")
        case nil: throw TimeQueryError(.invalidInstant, "missing '\(key)' (an RFC 3339 instant such as 2026-03-30T09:00:00+01:00)")
        case let other?: throw TimeQueryError(.invalidInstant, "'\(key)' must be an RFC 3339 string, found \(other.kindName)")
        }
    }

    private static func seconds(_ value: JSONValue?) throws(TimeQueryError) -> Int {
        switch value {
        case .number(let text)?:
            guard let seconds = Int(text) else {
                throw TimeQueryError(.invalidSeconds, "'seconds' must be a whole number of business seconds such as 3600 (found \(text))")
            }
            guard seconds >= 0 else { throw TimeQueryError(.invalidSeconds, "'seconds' must be 0 or more (found \(text))") }
            return seconds
        case nil: throw TimeQueryError(.invalidSeconds, "missing 'seconds' (whole business seconds, 0 or more)")
        case let other?: throw TimeQueryError(.invalidSeconds, "'seconds' must be a whole number, found \(other.kindName)")
        }
    }
}
