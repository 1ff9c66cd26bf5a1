import AccordCore

/// The order reconciliation visits records in, independent of arrival order: first seen, then
/// supplier, then source key. "Oldest" in the many-match policy means earliest in this order.
enum CanonicalOrder {
    static func precedes(_ lhs: CMDBSourceRecord, _ rhs: CMDBSourceRecord) -> Bool {
        if lhs.firstSeen != rhs.firstSeen { return lhs.firstSeen < rhs.firstSeen }
        return lhs.ref < rhs.ref
    }

    /// The golden CI id of a cluster founded by `ref`: `GCI-` and 16 hex digits of FNV-1a 64.
    static func clusterID(founder ref: SourceRecordRef) -> CIID {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ref.storageKey.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return CIID("GCI-" + String(repeating: "0", count: 16 - hex.count) + hex)
    }
}
