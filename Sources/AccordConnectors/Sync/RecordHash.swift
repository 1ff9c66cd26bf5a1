import AccordMapping
import Crypto
import Foundation

/// Content hashes: of canonical records (unchanged detection) and of raw bodies (delivery ids, files).
enum RecordHash {
    /// SHA-256 (hex) of the record's canonical JSON line, which leaves out its position in the page.
    static func of(_ record: CanonicalRecord) -> String { hex(Data(record.jsonLine.utf8)) }

    static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
