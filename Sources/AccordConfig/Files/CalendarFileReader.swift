import BusinessTime

/// Reads one business calendar outside a `Config/` directory: a calendar file named on the
/// command line, or a calendar object inside an `accord time batch` request.
///
/// Validation is exactly that of `Config/calendars/<id>.yaml` (unknown keys, interval syntax and
/// order, IANA zone, duplicate holidays), with every problem reported at once.
public enum CalendarFileReader {
    /// Reads calendar YAML; diagnostics name `displayPath` with the line and column in `yaml`.
    public static func read(yaml: String, displayPath: String) throws(ConfigValidationError) -> CalendarDefinition {
        let log = DiagnosticLog()
        guard let root = YAMLDocument.parse(yaml, displayPath: displayPath, log),
              let definition = CalendarDefinition.read(root, log), log.isEmpty else {
            throw ConfigValidationError(diagnostics: log.diagnostics)
        }
        return definition
    }

    /// Reads a calendar written as a JSON object with the same keys as the YAML file.
    ///
    /// A JSON object is valid YAML, so this is the YAML reader with JSON's stricter syntax left
    /// to the caller; anything but an object is rejected by the reader as "must be a mapping".
    public static func read(jsonObject json: String, displayPath: String) throws(ConfigValidationError) -> CalendarDefinition {
        try read(yaml: json, displayPath: displayPath)
    }
}
