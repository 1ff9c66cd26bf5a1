import Foundation

extension Adapter {
    /// Maps one document, choosing the reader from its `Content-Type`.
    ///
    /// Never throws: a document that cannot be read gives no records and a document diagnostic;
    /// a record that cannot be mapped completely is returned with its diagnostics.
    public func normalize(_ data: Data, contentType: String) -> NormalizationResult {
        guard let format = SourceFormat(contentType: contentType) else {
            return failed("content type '\(contentType)' is not one this adapter reads (\(formatList))")
        }
        return normalize(data, format: format)
    }

    /// Maps one document in a known format. When the document fails part-way (a limit, a syntax
    /// error late in a streamed XML file) no records are returned, only the document diagnostic.
    public func normalize(_ data: Data, format: SourceFormat) -> NormalizationResult {
        var result = NormalizationResult()
        do {
            try forEachRecord(in: data, format: format) { result.records.append($0) }
        } catch {
            // A document that fails part-way is not half-applied: it is dead-lettered whole.
            result.records = []
            result.documentDiagnostics.append(MappingDiagnostic(adapter: name, message: error.message))
        }
        return result
    }

    /// Maps one document, handing each record to `body` as soon as it is made (XML records stream
    /// without the whole result being held). Throws the document-level error, if any.
    func forEachRecord(in data: Data, format: SourceFormat, _ body: (CanonicalRecord) -> Void) throws(DocumentError) {
        guard formats.contains(format) else {
            throw DocumentError("this adapter reads \(formatList), not \(format.rawValue)")
        }
        try sniff(data, format: format)
        let rules = rules.filter { $0.format == format }
        switch format {
        case .json:
            let root = try JSONReader.read(data, limits: limits)
            for group in RuleGroup.grouping(rules) {
                let nodes = group.at.steps.isEmpty ? [root] : group.at.evaluate(record: root, root: root, namespaces: namespaces)
                for (index, node) in nodes.enumerated() {
                    emit(group, record: node, root: root, index: index + 1, body)
                }
            }
        case .xml:
            try forEachXMLRecord(rules: rules, read: { reader throws(DocumentError) in try reader.read(data) }, body)
        case .csv:
            try forEachCSVRow(data, rules: rules, body)
        }
    }

    /// Runs an XML reader (over `Data` or a stream, as `read` decides) with the XML rules' record
    /// locations, mapping each record element as the parser finishes it.
    func forEachXMLRecord(
        rules: [RecordRule], read: (XMLRecordReader) throws(DocumentError) -> Void, _ body: (CanonicalRecord) -> Void
    ) throws(DocumentError) {
        let groups = RuleGroup.grouping(rules)
        var counters = Array(repeating: 0, count: groups.count)
        let locations = groups.map { group in
            group.at.steps.map { step -> XMLRecordReader.Step in
                if case .key(_, let prefix, let local) = step { return .init(local: local, namespaceURI: prefix.flatMap { namespaces[$0] }) }
                return .init(local: nil, namespaceURI: nil)
            }
        }
        let failure = withoutActuallyEscaping(body) { body -> DocumentError? in
            let reader = XMLRecordReader(locations: locations, limits: limits) { location, element in
                counters[location] += 1
                emit(groups[location], record: .element(element), root: nil, index: counters[location], body)
            }
            do {
                try read(reader)
                return nil
            } catch {
                return error as? DocumentError ?? DocumentError("\(error)")
            }
        }
        if let failure { throw failure }
    }

    private func emit(_ group: RuleGroup, record: SourceNode, root: SourceNode?, index: Int, _ body: (CanonicalRecord) -> Void) {
        let evaluator = FieldEvaluator(record: record, root: root, namespaces: namespaces)
        // Only the name is captured, not a copy of the whole adapter per rule.
        let adapter = name
        group.forEachApplyingRule(evaluator) { rule in
            body(RecordMapper(adapter: adapter, rule: rule, evaluator: evaluator, recordIndex: index).map())
        }
    }

    private func forEachCSVRow(_ data: Data, rules: [RecordRule], _ body: (CanonicalRecord) -> Void) throws(DocumentError) {
        var rows = try CSVReader.rows(data, options: csv, limits: limits)
        var header = csv.columns
        if csv.header {
            guard !rows.isEmpty else { throw DocumentError("CSV is empty, expected a header row") }
            header = rows.removeFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let group = RuleGroup(at: SourcePath(fromRoot: false, steps: [], description: "."), rules: rules)
        for (index, row) in rows.enumerated() {
            guard row.count == header.count else {
                for rule in rules {
                    body(CanonicalRecord(recordType: rule.recordType, recordIndex: index + 1, diagnostics: [MappingDiagnostic(
                        adapter: name, recordIndex: index + 1,
                        message: "row has \(row.count) cells but the header has \(header.count) columns"
                    )]))
                }
                continue
            }
            let object = SourceObject(zip(header, row).map { SourceObject.Member(key: $0, value: .string($1)) })
            emit(group, record: .object(object), root: nil, index: index + 1, body)
        }
    }

    /// A clear error when the body plainly is not the declared format.
    private func sniff(_ data: Data, format: SourceFormat) throws(DocumentError) {
        guard let first = data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) else {
            throw DocumentError("document is empty")
        }
        switch (format, first) {
        case (.json, UInt8(ascii: "<")): throw DocumentError("the body looks like XML or HTML, not the JSON its content type says")
        case (.xml, UInt8(ascii: "{")), (.xml, UInt8(ascii: "[")): throw DocumentError("the body looks like JSON, not the XML its content type says")
        default: break
        }
    }

    private var formatList: String { formats.map(\.rawValue).joined(separator: ", ") }

    private func failed(_ message: String) -> NormalizationResult {
        NormalizationResult(documentDiagnostics: [MappingDiagnostic(adapter: name, message: message)])
    }
}
