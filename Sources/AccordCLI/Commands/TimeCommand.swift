import AccordConfig
import AccordTime
import ArgumentParser
import BusinessTime
import Foundation

/// `accord time …`: business-time arithmetic on a calendar, for checking a disputed figure.
struct TimeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Add or measure business time on a calendar (RFC 3339 instants, whole seconds).",
        subcommands: [Add.self, Elapsed.self, TimeBatchCommand.self]
    )

    /// `accord time add --calendar FILE --from T --seconds N` → `{"due": "…"}`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the instant by which N business seconds have passed since --from.",
            discussion: "Prints {\"due\": \"<RFC 3339 in the calendar's time zone>\"}; exit 1 on an error."
        )

        @Option(name: .long, help: "A calendar file (the format of Config/calendars/<id>.yaml).")
        var calendar: String

        @Option(name: .long, help: "The start, RFC 3339 with an offset, e.g. 2026-03-27T16:00:00Z.")
        var from: String

        @Option(name: .long, help: "Business seconds to add (0 or more).")
        var seconds: Int

        func run() async throws {
            let businessCalendar = try CalendarFile.load(calendar)
            let due = try reportingFailure { () throws(TimeQueryError) -> String in
                try TimeQuery.due(adding: seconds, to: try TimeQuery.instant(from, "--from"), on: businessCalendar)
            }
            StandardOutput.write("{\"due\": \"\(due)\"}")
        }
    }

    /// `accord time elapsed --calendar FILE --from A --to B` → `{"seconds": N}`.
    struct Elapsed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the whole business seconds between --from and --to (0 if --to is not after --from).",
            discussion: "Prints {\"seconds\": N}; exit 1 on an error."
        )

        @Option(name: .long, help: "A calendar file (the format of Config/calendars/<id>.yaml).")
        var calendar: String

        @Option(name: .long, help: "The start, RFC 3339 with an offset.")
        var from: String

        @Option(name: .long, help: "The end, RFC 3339 with an offset.")
        var to: String

        func run() async throws {
            let businessCalendar = try CalendarFile.load(calendar)
            let seconds = try reportingFailure { () throws(TimeQueryError) -> Int in
                TimeQuery.elapsed(
                    from: try TimeQuery.instant(from, "--from"), to: try TimeQuery.instant(to, "--to"), on: businessCalendar
                )
            }
            StandardOutput.write("{\"seconds\": \(seconds)}")
        }
    }
}

/// Runs `body`, printing a failure as `error: message (code)` on standard error and exiting with 1.
func reportingFailure<Value>(_ body: () throws(TimeQueryError) -> Value) throws -> Value {
    do {
        return try body()
    } catch {
        StandardError.write("error: \(error)")
        throw ExitCode(1)
    }
}

/// Reads a calendar file named on the command line.
enum CalendarFile {
    /// The compiled calendar, or every diagnostic on standard error and exit 1.
    static func load(_ path: String) throws -> BusinessCalendar {
        guard let data = FileManager.default.contents(atPath: path) else {
            StandardError.write("\(path): error: cannot read the calendar file")
            throw ExitCode(1)
        }
        do {
            let definition = try CalendarFileReader.read(yaml: String(decoding: data, as: UTF8.self), displayPath: path)
            return try reportingFailure { () throws(TimeQueryError) in try TimeQuery.calendar(definition) }
        } catch let error as ConfigValidationError {
            StandardError.write(error.description)
            throw ExitCode(1)
        }
    }
}
