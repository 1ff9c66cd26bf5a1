import AccordCore

/// Applies one record rule to one source record, collecting per-field diagnostics so that one bad
/// field never loses the rest of the record.
struct RecordMapper {
    let adapter: String
    let rule: RecordRule
    let evaluator: FieldEvaluator
    let recordIndex: Int

    /// Whether the rule's `when` holds for the record.
    func applies() -> Bool {
        guard let condition = rule.condition else { return true }
        return condition.holds(for: evaluator) && RuleGroup.moreHold(rule.moreConditions, evaluator)
    }

    func map() -> CanonicalRecord {
        var record = CanonicalRecord(recordType: rule.recordType, recordIndex: recordIndex)
        // Sized once: growing the dictionary field by field showed in profiles.
        record.values = Dictionary(minimumCapacity: rule.fields.count + 4)
        for entry in rule.fields {
            let field = entry.field, spec = entry.spec
            do {
                let raw = try evaluator.unmapped(spec)
                if let companion = field.rawCompanion, case .text(let text) = raw, !text.isEmpty,
                   !rule.fields.contains(where: { $0.field == companion }) {
                    record.values[companion] = .text(text)
                }
                let value = evaluator.mapped(spec, unmapped: raw)
                if field == .state, case .text(let text) = value, let state = TicketState(text: text) {
                    record.values[.state] = .text(state.name)
                    if let party = state.pendingParty { record.values[.pendingParty] = .text(party.rawValue) }
                    continue
                }
                if let checked = try FieldCheck.check(value, as: field.valueType(for: rule.recordType), field: field) {
                    record.values[field] = checked
                }
            } catch {
                record.diagnostics.append(diagnostic(field.rawValue, error))
            }
        }
        mapIdentifiers(into: &record)
        mapAttributes(into: &record)
        mapChanges(into: &record)
        for field in rule.recordType.requiredFields where record.values[field] == nil && !record.diagnostics.contains(where: { $0.field == field.rawValue }) {
            record.diagnostics.append(MappingDiagnostic(adapter: adapter, recordIndex: recordIndex, field: field.rawValue, message: "required value is missing"))
        }
        return record
    }

    private func diagnostic(_ field: String, _ failure: FieldFailure) -> MappingDiagnostic {
        MappingDiagnostic(adapter: adapter, recordIndex: recordIndex, field: field, sourceValue: failure.value, message: failure.message)
    }

    private func mapIdentifiers(into record: inout CanonicalRecord) {
        var identifiers: [Identifier] = []
        identifiers.reserveCapacity(rule.identifiers.count)
        for spec in rule.identifiers {
            do {
                let value = try evaluator.evaluate(spec.value)
                // One text (the common case) without the intermediate list.
                if case .text(let text) = value {
                    if !text.isEmpty { identifiers.append(Identifier(kind: IdentifierKind(rawValue: spec.kind), value: text)) }
                    continue
                }
                identifiers += try FieldCheck.texts(value).map { Identifier(kind: IdentifierKind(rawValue: spec.kind), value: $0) }
            } catch {
                record.diagnostics.append(diagnostic("identifiers.\(spec.kind)", error))
            }
        }
        if !identifiers.isEmpty { record.values[.identifiers] = .identifiers(identifiers) }
    }

    private func mapAttributes(into record: inout CanonicalRecord) {
        var attributes = [String: String](minimumCapacity: rule.attributes.count)
        for entry in rule.attributes {
            let name = entry.name, spec = entry.spec
            do {
                let value = try evaluator.evaluate(spec)
                // A text (the common case) is its own checked value.
                if case .text(let text) = value {
                    if !text.isEmpty { attributes[name] = text }
                    continue
                }
                if case .text(let text)? = try FieldCheck.check(value, as: .text, field: .attributes), !text.isEmpty {
                    attributes[name] = text
                }
            } catch {
                record.diagnostics.append(diagnostic("attributes.\(name)", error))
            }
        }
        if !attributes.isEmpty { record.values[.attributes] = .attributes(attributes) }
    }

    private func mapChanges(into record: inout CanonicalRecord) {
        guard let spec = rule.changes else { return }
        var changes: [CanonicalChange] = []
        for (position, node) in spec.at.evaluate(record: evaluator.record, root: evaluator.root, namespaces: evaluator.namespaces).enumerated() {
            let entry = FieldEvaluator(record: node, root: evaluator.root, namespaces: evaluator.namespaces)
            do {
                func text(_ spec: FieldSpec) throws(FieldFailure) -> String? {
                    if case .text(let text)? = try FieldCheck.check(try entry.evaluate(spec), as: .text, field: .changes) { return text }
                    return nil
                }
                guard let field = try text(spec.field) else { continue }
                changes.append(CanonicalChange(field: field, from: try text(spec.from), to: try text(spec.to)))
            } catch {
                record.diagnostics.append(diagnostic("changes[\(position)]", error))
            }
        }
        if !changes.isEmpty { record.values[.changes] = .changes(changes) }
    }
}
