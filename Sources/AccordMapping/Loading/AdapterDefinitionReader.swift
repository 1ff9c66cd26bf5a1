import Yams

/// Validates an adapter file's YAML tree into an ``Adapter``; every problem goes to `log`.
struct AdapterDefinitionReader {
    let log: AdapterDiagnosticLog
    var namespaces: [String: String] = [:]

    init(log: AdapterDiagnosticLog) { self.log = log }

    mutating func read(_ root: Node, file: String) -> Adapter? {
        guard let top = YAMLEntries(root, "the adapter", allowed: AdapterLoader.topLevelKeys, log: log) else { return nil }
        let name = top.required("name").flatMap { YAMLEntries.scalar($0, "'name'", log) }
        let description = top.string("description")
        let formats = readFormats(top)
        if let node = top["namespaces"] { namespaces = readNamespaces(node) }
        let limits = top["limits"].map(readLimits) ?? .standard
        let csv = top["csv"].map(readCSV) ?? CSVOptions()
        var rules: [RecordRule] = []
        if let recordsNode = top.required("records"), let items = YAMLEntries.sequence(recordsNode, "'records'", log) {
            if items.isEmpty { log.error("'records' must list at least one record rule", at: recordsNode) }
            for (index, item) in items.enumerated() {
                if let rule = readRule(item, index: index, formats: formats ?? []) { rules.append(rule) }
            }
        }
        guard let name, let formats else { return nil }
        return Adapter(
            name: name, description: description, formats: formats, file: file, limits: limits,
            csv: csv, namespaces: namespaces, rules: rules
        )
    }

    private func readFormats(_ top: YAMLEntries) -> [SourceFormat]? {
        guard let node = top.required("formats"), let texts = YAMLEntries.strings(node, "'formats'", log) else { return nil }
        var formats: [SourceFormat] = []
        for text in texts {
            guard let format = SourceFormat(rawValue: text) else {
                log.error("unknown format '\(text)' (expected one of: json, xml, csv)", at: node)
                continue
            }
            formats.append(format)
        }
        if formats.isEmpty { log.error("'formats' must name at least one format", at: node) }
        return formats
    }

    private func readNamespaces(_ node: Node) -> [String: String] {
        guard let entries = YAMLEntries(node, "'namespaces'", allowed: nil, log: log) else { return [:] }
        var result: [String: String] = [:]
        for entry in entries.entries {
            if let uri = YAMLEntries.scalar(entry.value, "namespace '\(entry.name)'", log) { result[entry.name] = uri }
        }
        return result
    }

    private func readLimits(_ node: Node) -> ReaderLimits {
        var limits = ReaderLimits.standard
        guard let entries = YAMLEntries(node, "'limits'", allowed: ["maxBytes", "maxDepth", "maxElements"], log: log) else { return limits }
        for entry in entries.entries {
            guard let text = YAMLEntries.scalar(entry.value, "'\(entry.name)'", log) else { continue }
            guard let number = Int(text), number > 0 else {
                log.error("'\(entry.name)' must be a positive whole number (found '\(text)')", at: entry.value)
                continue
            }
            switch entry.name {
            case "maxBytes": limits.maxBytes = number
            case "maxDepth" where number > 1000:
                log.error("'maxDepth' must be at most 1000 (found \(number))", at: entry.value)
            case "maxDepth": limits.maxDepth = number
            default: limits.maxElements = number
            }
        }
        return limits
    }

    private func readCSV(_ node: Node) -> CSVOptions {
        var options = CSVOptions()
        guard let entries = YAMLEntries(node, "'csv'", allowed: ["delimiter", "encoding", "header", "columns"], log: log) else { return options }
        if let node = entries["delimiter"], let text = YAMLEntries.scalar(node, "'delimiter'", log) {
            let delimiter = text == "\\t" ? "\t" : text
            if delimiter.count == 1, let character = delimiter.first, character != "\"", !character.isNewline {
                options.delimiter = character
            } else {
                log.error("'delimiter' must be one character other than a quote or line break (found '\(text)')", at: node)
            }
        }
        if let node = entries["encoding"], let text = YAMLEntries.scalar(node, "'encoding'", log) {
            if let encoding = CSVOptions.Encoding(rawValue: text.lowercased()) {
                options.encoding = encoding
            } else {
                let choices = CSVOptions.Encoding.allCases.map(\.rawValue).joined(separator: ", ")
                log.error("'encoding' must be one of \(choices) (found '\(text)')", at: node)
            }
        }
        if let node = entries["header"], let text = YAMLEntries.scalar(node, "'header'", log) {
            switch text {
            case "true": options.header = true
            case "false": options.header = false
            default: log.error("'header' must be true or false (found '\(text)')", at: node)
            }
        }
        if let node = entries["columns"], let columns = YAMLEntries.strings(node, "'columns'", log) {
            options.columns = columns
        }
        if !options.header && options.columns.isEmpty {
            log.error("a CSV without a header row needs 'columns'", at: node)
        }
        return options
    }
}
