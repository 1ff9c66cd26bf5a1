import AccordCore

/// Reads SLA/OLA agreements and their per-priority targets.
///
/// ```yaml
/// - id: netnova-incidents
///   calendar: uk-office          # optional; defaults to the supplier's or service's calendar
///   warningThresholdPercent: 75  # optional, default 75
///   pauseStates: [pending:customer, pending:thirdParty]   # optional, this is the default
///   reopenPolicy: continue       # continue | fromOriginalStart | restart
///   responseRule: inProgress     # assigned | inProgress | firstPublicUpdate (default: SLA assigned, OLA inProgress)
///   targets:
///     P1: {response: 15m, resolution: 4h}
///   compliance: {response: 95, resolution: 90}   # optional, see ComplianceTermsReader
///   credits: {monthlyCharge: 25000, currency: GBP, percentPerPoint: 2, capPercent: 15}
/// ```
enum AgreementReader {
    static let yamlKeys = ["id", "calendar", "warningThresholdPercent", "pauseStates", "reopenPolicy", "responseRule", "targets"] + ComplianceTermsReader.yamlKeys

    static func read(
        _ value: YAMLValue, kind: AgreementKind, defaultCalendar: CalendarID, _ log: DiagnosticLog
    ) -> (agreement: Agreement, calendarLocation: SourceLocation?)? {
        guard let mapping = value.mapping(log, "agreement", allowedKeys: yamlKeys) else { return nil }
        return read(mapping, id: mapping.requiredString("id", log).map(AgreementID.init), kind: kind, defaultCalendar: defaultCalendar, log)
    }

    /// Reads the agreement keys of an already checked mapping (services embed them).
    static func read(
        _ mapping: YAMLMapping, id: AgreementID?, kind: AgreementKind, defaultCalendar: CalendarID, _ log: DiagnosticLog
    ) -> (agreement: Agreement, calendarLocation: SourceLocation?)? {
        let calendar = mapping.optionalString("calendar", log).map(CalendarID.init)
        let warning = mapping["warningThresholdPercent"] == nil ? 75 : mapping.integer("warningThresholdPercent", in: 1...100, log)
        let pauses = readPauseStates(mapping["pauseStates"], log)
        let reopen = mapping.oneOf("reopenPolicy", ReopenPolicy.self, log, required: false) ?? .continue
        let responseRule = mapping.oneOf("responseRule", ResponseRule.self, log, required: false)
        let targets = mapping.required("targets", log).flatMap { readTargets($0, log) }
        let compliance = ComplianceTermsReader.read(mapping, log)
        guard let id, let warning, let pauses, let targets, compliance.valid else { return nil }
        let agreement = Agreement(
            id: id, kind: kind, targets: targets, warningThresholdPercent: warning,
            calendarID: calendar ?? defaultCalendar, pauseStates: pauses, reopenPolicy: reopen, responseRule: responseRule,
            compliance: compliance.terms
        )
        return (agreement, calendar == nil ? nil : mapping["calendar"]?.location)
    }

    /// `P1: {response: 15m, resolution: 4h}` for any of P1…P5; response must not exceed resolution.
    static func readTargets(_ value: YAMLValue, _ log: DiagnosticLog) -> [Priority: ResponseResolutionTarget]? {
        guard let mapping = value.mapping(log, "'targets'", allowedKeys: Priority.allCases.map(\.description)) else { return nil }
        var targets: [Priority: ResponseResolutionTarget] = [:]
        var valid = true
        for entry in mapping.entries {
            guard let priority = Priority(text: entry.name),
                  let target = entry.value.mapping(log, "target for \(entry.name)", allowedKeys: ["response", "resolution"]) else {
                valid = false
                continue
            }
            let response = duration(target, "response", log)
            let resolution = duration(target, "resolution", log)
            guard let response, let resolution else {
                valid = false
                continue
            }
            if response > resolution {
                log.error("response target \(response) for \(entry.name) is longer than its resolution target \(resolution)", at: target.location)
                valid = false
            }
            targets[priority] = ResponseResolutionTarget(response: response, resolution: resolution)
        }
        return valid ? targets : nil
    }

    private static func duration(_ mapping: YAMLMapping, _ key: String, _ log: DiagnosticLog) -> BusinessDuration? {
        guard let value = mapping.required(key, log), let text = value.scalar(log, "'\(key)'") else { return nil }
        guard let duration = BusinessDuration(text: text), duration.seconds > 0 else {
            log.error("'\(key)' must be a positive business duration such as 14400, 30m, 4h, 2d or 1h30m (found '\(text)')", at: value.location)
            return nil
        }
        return duration
    }

    private static func readPauseStates(_ value: YAMLValue?, _ log: DiagnosticLog) -> Set<PauseCondition>? {
        guard let value, !value.isNull else { return PauseCondition.defaults }
        guard let items = value.sequence(log, "'pauseStates'") else { return nil }
        var states: Set<PauseCondition> = []
        var valid = true
        for item in items {
            guard let text = item.scalar(log, "a pause state") else {
                valid = false
                continue
            }
            guard let condition = PauseCondition(text: text) else {
                let choices = PendingParty.allCases.map { "pending:\($0.rawValue)" } + ["resolved"]
                log.error("pause state must be one of \(choices.joined(separator: ", ")) (found '\(text)')", at: item.location)
                valid = false
                continue
            }
            states.insert(condition)
        }
        return valid ? states : nil
    }
}
