import AccordCore
import Foundation

/// Reads a supplier file's `sync:` section with located diagnostics; unknown keys are errors.
enum SyncSettingsReader {
    static let keys = ["baseURL", "auth", "resources", "schedule", "mode", "overlap", "missingRecords", "fileDrop", "fileDropInterval", "timeout", "retryBudget", "readAhead", "serviceMap"]
    static let resourceKeys = ["name", "path", "query", "pagination", "watermark", "contentType"]

    /// - Parameter services: receives each catalogue service `serviceMap` names, with where, to be
    ///   checked against `services.yaml` once it is read.
    static func read(_ value: YAMLValue, timeZone: TimeZone, _ log: DiagnosticLog, services: inout [(ServiceID, SourceLocation)]) -> SyncSettings? {
        guard let file = value.mapping(log, "'sync'", allowedKeys: keys) else { return nil }
        let before = log.diagnostics.count
        var settings = SyncSettings()
        if let text = file.optionalString("baseURL", log) {
            if let url = URL(string: text), ["https", "http"].contains(url.scheme ?? ""), url.host != nil {
                settings.baseURL = url
            } else {
                log.error("'baseURL' must be an http(s) URL (found '\(text)')", at: file["baseURL"]?.location ?? file.location)
            }
        }
        if let auth = file["auth"], !auth.isNull { settings.authentication = readAuth(auth, log) ?? .none }
        if let list = file["resources"], let items = list.sequence(log, "'resources'") {
            settings.resources = items.compactMap { readResource($0, log) }
        }
        if let schedule = file["schedule"], let text = schedule.scalar(log, "'schedule'") {
            if let seconds = DurationText.seconds(text) {
                settings.schedule = .interval(seconds)
            } else {
                switch CronExpression.parse(text) {
                case .success(let cron): settings.schedule = .cron(cron, timeZone: timeZone)
                case .failure(let problem): log.error("'schedule' must be an interval (6h, 30m) or a cron expression: \(problem)", at: schedule.location)
                }
            }
        }
        settings.mode = file.oneOf("mode", SyncMode.self, log, required: false) ?? .incremental
        if let overlap = file["overlap"], let text = overlap.scalar(log, "'overlap'") {
            if let seconds = DurationText.seconds(text) { settings.overlap = seconds } else {
                log.error("'overlap' must be a duration such as 10m (found '\(text)')", at: overlap.location)
            }
        }
        if let timeout = file["timeout"], let text = timeout.scalar(log, "'timeout'") {
            if let seconds = DurationText.seconds(text), seconds > 0 { settings.requestTimeout = seconds } else {
                log.error("'timeout' must be a duration such as 30s (found '\(text)')", at: timeout.location)
            }
        }
        if file["retryBudget"] != nil, let budget = file.integer("retryBudget", in: 0...10_000, log) { settings.retryBudget = budget }
        if file["readAhead"] != nil, let pages = file.integer("readAhead", in: 1...8, log) { settings.readAhead = pages }
        if let missing = file["missingRecords"], let text = missing.scalar(log, "'missingRecords'") {
            switch text {
            case "ignore": settings.missingRecords = .ignore
            case "delete": settings.missingRecords = .delete
            default:
                if text.hasPrefix("retireAfter:"), let runs = Int(text.dropFirst("retireAfter:".count).trimmingCharacters(in: .whitespaces)), runs > 0 {
                    settings.missingRecords = .retireAfter(runs: runs)
                } else {
                    log.error("'missingRecords' must be ignore, delete or retireAfter:N (found '\(text)')", at: missing.location)
                }
            }
        }
        if let map = file["serviceMap"], let mapping = map.mapping(log, "'serviceMap'", allowedKeys: nil) {
            for entry in mapping.entries {
                guard let list = entry.value.sequence(log, "'serviceMap.\(entry.name)'") else { continue }
                var mapped: [ServiceID] = []
                for item in list {
                    guard let id = item.scalar(log, "a service id").map(ServiceID.init(rawValue:)) else { continue }
                    mapped.append(id)
                    services.append((id, item.location))
                }
                settings.serviceMap[entry.name] = mapped
            }
        }
        settings.fileDrop = file.optionalString("fileDrop", log)
        if let interval = file["fileDropInterval"], let text = interval.scalar(log, "'fileDropInterval'") {
            if let seconds = DurationText.seconds(text), seconds > 0 { settings.fileDropInterval = seconds } else {
                log.error("'fileDropInterval' must be a duration such as 1m (found '\(text)')", at: interval.location)
            }
        }
        if settings.baseURL == nil, !settings.resources.isEmpty {
            log.error("'resources' need a 'baseURL' to pull from", at: file.location)
        }
        return log.diagnostics.count == before ? settings : nil
    }

    private static func readAuth(_ value: YAMLValue, _ log: DiagnosticLog) -> SyncAuthentication? {
        guard let auth = value.mapping(log, "'auth'", allowedKeys: ["type", "user", "password", "token", "header", "key"]) else { return nil }
        func variable(_ key: String) -> String? {
            guard let text = auth.requiredString(key, log) else { return nil }
            guard EnvironmentVariableName.isValid(text) else {
                log.error("'\(key)' must name an environment variable (A-Z, 0-9, _), not hold the secret itself", at: auth[key]?.location ?? auth.location)
                return nil
            }
            return text
        }
        switch auth.requiredString("type", log) {
        case "basic": return variable("user").flatMap { user in variable("password").map { .basic(userVariable: user, passwordVariable: $0) } }
        case "bearer": return variable("token").map { .bearer(tokenVariable: $0) }
        case "apiKey": return auth.requiredString("header", log).flatMap { header in variable("key").map { .apiKey(header: header, keyVariable: $0) } }
        case "none": return SyncAuthentication.none
        case let other?:
            log.error("'type' must be one of basic, bearer, apiKey, none (found '\(other)')", at: auth["type"]?.location ?? auth.location)
            return nil
        case nil: return nil
        }
    }

    private static func readResource(_ value: YAMLValue, _ log: DiagnosticLog) -> SyncResource? {
        guard let item = value.mapping(log, "resource", allowedKeys: resourceKeys),
              let name = item.requiredString("name", log), let path = item.requiredString("path", log) else { return nil }
        var resource = SyncResource(name: name, path: path)
        if let query = item["query"], let mapping = query.mapping(log, "'query'", allowedKeys: nil) {
            for entry in mapping.entries { resource.query[entry.name] = entry.value.scalar(log, "'\(entry.name)'") }
        }
        if let pagination = item["pagination"] { resource.pagination = SyncPaginationReader.read(pagination, log) ?? resource.pagination }
        if let watermark = item["watermark"], let mapping = watermark.mapping(log, "'watermark'", allowedKeys: ["field", "parameter", "template", "format"]),
           let field = mapping.requiredString("field", log), let parameter = mapping.requiredString("parameter", log) {
            resource.watermark = WatermarkFilter(
                field: field, parameter: parameter, template: mapping.optionalString("template", log) ?? "{since}",
                format: mapping.optionalString("format", log) ?? "rfc3339"
            )
        }
        if let type = item.optionalString("contentType", log) { resource.contentType = type }
        return resource
    }
}

/// `30s`, `10m`, `6h`, `1d` as seconds.
enum DurationText {
    static func seconds(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let number = Double(text.dropLast()), number >= 0 else { return nil }
        switch unit {
        case "s": return number
        case "m": return number * 60
        case "h": return number * 3_600
        case "d": return number * 86_400
        default: return nil
        }
    }
}
