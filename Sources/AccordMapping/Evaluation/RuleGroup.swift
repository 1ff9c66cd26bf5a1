/// The rules that share one record location, prepared once per document: rules whose `when`
/// reads the same value (ServiceNow routes every table on `sys_class_name`) share one
/// evaluation of it per record.
struct RuleGroup {
    let at: SourcePath
    let rules: [RecordRule]
    /// For each rule, the index of its condition value in ``conditionSpecs``; `nil` without `when`.
    private let conditionSlots: [Int?]
    private let conditionSpecs: [FieldSpec]

    /// Groups `rules` by location, in the order the locations first appear.
    static func grouping(_ rules: [RecordRule]) -> [RuleGroup] {
        var locations: [SourcePath] = []
        var members: [[RecordRule]] = []
        for rule in rules {
            if let index = locations.firstIndex(of: rule.at) {
                members[index].append(rule)
            } else {
                locations.append(rule.at)
                members.append([rule])
            }
        }
        return zip(locations, members).map { RuleGroup(at: $0, rules: $1) }
    }

    /// `rules` as one group, in their order (CSV rules all read every row).
    init(at: SourcePath, rules: [RecordRule]) {
        self.at = at
        self.rules = rules
        var specs: [FieldSpec] = []
        conditionSlots = rules.map { rule in
            guard let spec = rule.condition?.value else { return nil }
            if let slot = specs.firstIndex(of: spec) { return slot }
            specs.append(spec)
            return specs.count - 1
        }
        conditionSpecs = specs
    }

    /// Hands `body` each rule whose `when` holds for the record `evaluator` reads.
    func forEachApplyingRule(_ evaluator: FieldEvaluator, _ body: (RecordRule) -> Void) {
        // On the stack: one small buffer per record instead of an array allocation.
        withUnsafeTemporaryAllocation(of: ConditionValue.self, capacity: conditionSpecs.count) { values in
            _ = values.initialize(repeating: .pending)
            defer { values.deinitialize() }
            forEachApplyingRule(evaluator, values: values, body)
        }
    }

    private func forEachApplyingRule(_ evaluator: FieldEvaluator, values: UnsafeMutableBufferPointer<ConditionValue>, _ body: (RecordRule) -> Void) {
        // By index: a rule (a struct of a dozen references) is copied only when it applies.
        for position in rules.indices {
            guard let slot = conditionSlots[position], let test = rules[position].condition?.test else {
                body(rules[position])
                continue
            }
            if case .pending = values[slot] {
                values[slot] = (try? evaluator.evaluate(conditionSpecs[slot])).map(ConditionValue.value) ?? .failed
            }
            if case .value(let value) = values[slot], test.holds(for: value), Self.moreHold(rules[position].moreConditions, evaluator) { body(rules[position]) }
        }
    }

    /// Whether a rule's further conditions hold too (evaluated only after its first one held).
    static func moreHold(_ conditions: [RecordCondition], _ evaluator: FieldEvaluator) -> Bool {
        conditions.allSatisfy { $0.holds(for: evaluator) }
    }

    private enum ConditionValue {
        case pending
        case failed
        case value(MappedValue)
    }
}

extension RecordCondition {
    /// Whether the condition holds for the record `evaluator` reads (a value that fails to evaluate never does).
    func holds(for evaluator: FieldEvaluator) -> Bool {
        guard let value = try? evaluator.evaluate(value) else { return false }
        return test.holds(for: value)
    }
}

extension RecordCondition.Test {
    /// Whether a `when` value passes the test (a value that failed to evaluate never does).
    func holds(for value: MappedValue) -> Bool {
        let text: String? = if case .text(let text) = value { text } else { nil }
        switch self {
        case .exists(let expected): return value.isEmpty != expected
        case .equals(let expected): return text == expected
        case .oneOf(let choices): return text.map(choices.contains) ?? false
        case .prefix(let prefix): return text?.hasPrefix(prefix) ?? false
        }
    }
}
