import AccordMapping
import Crypto
import Foundation

/// Content hashes: of canonical records (unchanged detection) and of raw bodies (delivery ids, files).
enum RecordHash {
    /// SHA-256 (hex) of the record's canonical JSON line, which leaves out its position in the page.
    static func of(_ record: CanonicalRecord) -> String { hex(record.jsonLineUTF8) }

    static func hex(_ data: some DataProtocol) -> String {
        // Hand-rolled hex: `String(format:)` per byte cost more than the hash itself on re-runs.
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
