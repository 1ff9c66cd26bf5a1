import BusinessTime

/// Answers `accord time batch` input line by line: one JSON line out per line in, in order.
///
/// A bad line is answered with `{"id": …, "error": {"code": …, "message": …}}` and never stops
/// the batch. Compiled calendars are cached by their JSON text, so a batch that repeats one
/// calendar compiles it once.
public struct TimeBatch {
    private var calendars: [String: Result<BusinessCalendar, TimeQueryError>] = [:]
    /// Distinct calendar texts compiled and kept (for tests of the cache).
    var cachedCalendarCount: Int { calendars.count }
    private let cacheLimit: Int

    /// - Parameter cacheLimit: distinct calendars kept compiled; the cache starts over past it.
    public init(cacheLimit: Int = 256) {
        self.cacheLimit = max(1, cacheLimit)
    }

    /// The output line (without a newline) answering one input line.
    public mutating func respond(to line: String) -> String {
        let value: JSONValue
        let calendarText: String?
        do {
            (value, calendarText) = try JSONLineParser.parse(line, keepingRaw: "calendar")
        } catch {
            let reason = line.allSatisfy(\.isWhitespace) ? "empty line" : "\(error.reason) at column \(error.column)"
            return Self.line(id: .null, error: TimeQueryError(.invalidJSON, "not valid JSON: \(reason)"))
        }
        guard case .object(let members) = value else {
            return Self.line(id: .null, error: TimeQueryError(.invalidJSON, "each line must be a JSON object, found \(value.kindName)"))
        }
        let id = members.first { $0.name == "id" }?.value ?? .null
        do {
            let request = try TimeBatchRequest(members)
            let calendar = try compiled(calendarText ?? "")
            switch request.operation {
            case .add(let seconds):
                let due = try TimeQuery.due(adding: seconds, to: request.from, on: calendar)
                return Self.line(id: id, key: "due", value: .string(due))
            case .elapsed(let end):
                let seconds = TimeQuery.elapsed(from: request.from, to: end, on: calendar)
                return Self.line(id: id, key: "seconds", value: .number(String(seconds)))
            }
        } catch {
            return Self.line(id: id, error: error)
        }
    }

    /// The calendar for an object's text as written (already checked to be valid JSON).
    private mutating func compiled(_ text: String) throws(TimeQueryError) -> BusinessCalendar {
        if let cached = calendars[text] { return try cached.get() }
        if calendars.count >= cacheLimit { calendars.removeAll(keepingCapacity: true) }
        let result: Result<BusinessCalendar, TimeQueryError>
        do {
            // Compact JSON with single spaces: YAML's flow syntax is pickier about whitespace than JSON.
            let normalised = (try? JSONLineParser.parse(text))?.jsonText ?? text
            result = .success(try TimeQuery.calendar(jsonObject: normalised))
        } catch {
            result = .failure(error)
        }
        calendars[text] = result
        return try result.get()
    }

    private static func line(id: JSONValue, key: String, value: JSONValue) -> String {
        JSONValue.object([.init(name: "id", value: id), .init(name: key, value: value)]).jsonText
    }

    private static func line(id: JSONValue, error: TimeQueryError) -> String {
        line(id: id, key: "error", value: .object([
            .init(name: "code", value: .string(error.code.rawValue)),
            .init(name: "message", value: .string(error.message)),
        ]))
    }
}
