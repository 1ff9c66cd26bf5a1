import AccordMapping
import Foundation

/// Canonical records written to standard output as JSON Lines, buffered so that a file of a
/// million records does not cost a million writes.
struct JSONLinesOutput {
    private var buffer = Data()
    private let capacity = 256 * 1024

    /// Appends one record's line, writing the buffer out when it is full.
    mutating func write(_ record: CanonicalRecord) {
        buffer.append(contentsOf: record.jsonLine.utf8)
        buffer.append(0x0A)
        if buffer.count >= capacity { flush() }
    }

    /// Writes whatever is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
