import AccordTime
import ArgumentParser
import Foundation

/// `accord time batch`: JSON Lines in on standard input, one answer line out per line, in order.
struct TimeBatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Answer add/elapsed requests read as JSON Lines from standard input.",
        discussion: """
            Each line: {"id": …, "calendar": {…calendar file keys…}, "op": "add"|"elapsed", "from": …, "seconds"|"to": …}.
            Each answer: {"id": …, "due": …}, {"id": …, "seconds": …} or {"id": …, "error": {"code": …, "message": …}}.
            A bad line is answered with an error and never stops the batch; the exit status is 0.
            """
    )

    func run() async throws {
        var batch = TimeBatch()
        var output = BufferedOutput()
        while let line = readLine(strippingNewline: true) {
            output.append(batch.respond(to: line))
        }
        output.flush()
    }
}

/// Collects output lines and writes them in large chunks: one write per line would dominate a
/// batch of 100 000 lines.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private let chunkSize = 1 << 16

    mutating func append(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= chunkSize { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
