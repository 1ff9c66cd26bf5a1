import Foundation

/// Just enough JSON reading to paginate: how many rows a page holds and where its cursor is.
enum PageBody {
    /// Keys under which APIs commonly return a page's rows (`result`: ServiceNow, `value`: Graph,
    /// `issues`: Jira search).
    static let rowKeys = ["result", "value", "data", "items", "records", "results", "issues"]

    /// The rows in a JSON page (the top-level array, or the first array under ``rowKeys``);
    /// `nil` for bodies that are not JSON (XML, CSV): the caller counts records instead.
    static func rowCount(_ body: Data) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else { return nil }
        if let array = object as? [Any] { return array.count }
        guard let dictionary = object as? [String: Any] else { return nil }
        for key in rowKeys {
            if let array = dictionary[key] as? [Any] { return array.count }
        }
        return nil
    }

    /// The string at a dotted `path` (`meta.next_cursor`), `nil` when absent or null.
    static func string(at path: String, in body: Data) throws -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) else {
            throw SyncError(.malformedPage, "the page is not JSON, so its cursor at '\(path)' cannot be read")
        }
        var current: Any? = object
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        if let text = current as? String { return text }
        if let number = current as? NSNumber { return number.stringValue }
        return nil
    }

    /// The whole number at a dotted `path` (Jira's `total`), `nil` when absent or not a number.
    static func integer(at path: String, in body: Data) throws -> Int? {
        guard let text = try string(at: path, in: body) else { return nil }
        return Int(text)
    }

    /// The string under a top-level `key` taken literally (`@odata.nextLink` has a dot in its
    /// name), `nil` when absent or null.
    static func topLevelString(_ key: String, in body: Data) throws -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw SyncError(.malformedPage, "the page is not a JSON object, so its next link '\(key)' cannot be read")
        }
        return object[key] as? String
    }
}
