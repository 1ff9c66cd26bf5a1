/// Something identification or golden-record building could not decide alone, listed for review.
public struct CMDBConflict: Sendable, Hashable, Codable {
    public var kind: CMDBConflictKind
    /// The golden CI concerned; `nil` for a parked record, which belongs to none.
    public var ci: CIID?
    /// The source records involved, sorted.
    public var records: [SourceRecordRef]
    /// Other golden CIs involved: the candidates of a parked record, the duplicates of a CI.
    public var candidates: [CIID]
    /// The attribute sources disagree on (``CMDBConflictKind/attributeDisagreement``).
    public var attribute: String?
    /// A sentence for reviewers.
    public var detail: String

    public init(kind: CMDBConflictKind, ci: CIID?, records: [SourceRecordRef], candidates: [CIID] = [], attribute: String? = nil, detail: String) {
        self.kind = kind
        self.ci = ci
        self.records = records
        self.candidates = candidates
        self.attribute = attribute
        self.detail = detail
    }

    /// The order conflicts are listed in (kind, CI, attribute, records), as one comparable text.
    public var sortKey: String {
        [kind.rawValue, ci?.rawValue ?? "", attribute ?? "", records.map(\.storageKey).joined(separator: ",")].joined(separator: "\u{1}")
    }
}

/// The kinds of ``CMDBConflict``.
public enum CMDBConflictKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sources of one CI report different values for an attribute.
    case attributeDisagreement
    /// A record matched several CIs under a `park` policy and waits for `accord cmdb link|split`.
    case parkedMultiMatch
    /// A record matched several CIs under `linkOldest`: it joined the oldest; the rest are flagged.
    case duplicate
    /// A record matched a CI whose class is incompatible with its own; it is parked.
    case incompatibleClass
}
