import AccordConfig
import AccordCore
import BusinessTime
import Foundation

/// Records each configured calendar as a version when it changes, and compiles stored versions.
///
/// An edited calendar file becomes a new version effective from the moment the hub loads it, so
/// clocks already running keep the version they started with.
public struct CalendarRegistry: Sendable {
    let store: any CalendarVersionStore

    public init(store: any CalendarVersionStore) { self.store = store }

    /// Stores every configured calendar whose definition differs from its latest stored version.
    /// Returns the ids of calendars that got a new version.
    @discardableResult
    public func recordConfigured(_ calendars: [CalendarID: CalendarDefinition], at now: Date) async throws -> [CalendarID] {
        var changed: [CalendarID] = []
        for (id, definition) in calendars.sorted(by: { $0.key < $1.key }) {
            if try await store.record(calendar: id, definitionJSON: try Self.json(definition), effectiveFrom: now) { changed.append(id) }
        }
        return changed
    }

    /// Every stored version of each calendar, compiled. A version that no longer compiles is reported.
    public func compiledVersions(of ids: Set<CalendarID>) async throws -> (versions: [CalendarID: CalendarVersions], problems: [String]) {
        var result: [CalendarID: CalendarVersions] = [:]
        var problems: [String] = []
        for id in ids.sorted() {
            var versions: [CalendarVersion] = []
            for stored in try await store.versions(of: id) {
                do {
                    let definition = try JSONDecoder().decode(CalendarDefinition.self, from: Data(stored.definitionJSON.utf8))
                    versions.append(CalendarVersion(effectiveFrom: stored.effectiveFrom, calendar: try BusinessCalendar(definition)))
                } catch {
                    problems.append("calendar \(id) version of \(stored.effectiveFrom): \(error)")
                }
            }
            do {
                result[id] = try CalendarVersions(versions)
            } catch {
                problems.append("calendar \(id): \(error)")
            }
        }
        return (result, problems)
    }

    static func json(_ definition: CalendarDefinition) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(definition), as: UTF8.self)
    }
}
