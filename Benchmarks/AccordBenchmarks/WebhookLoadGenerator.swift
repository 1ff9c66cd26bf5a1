import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A closed-loop HTTP/1.1 load generator: `connections` keep-alive sockets to 127.0.0.1, each
/// sending its share of pre-built requests one after another and timing every response.
///
/// Blocking sockets on plain threads keep the generator's own overhead small and predictable, so
/// the servers under test differ only in what they do with a request.
struct WebhookLoadGenerator {
    struct Result {
        var seconds: Double
        var statuses: [Int: Int]
        var latenciesMilliseconds: [Double]

        var accepted: Int { statuses[202] ?? 0 }
        var acceptedPerSecond: Double { Double(accepted) / seconds }
        func percentile(_ fraction: Double) -> Double {
            let sorted = latenciesMilliseconds.sorted()
            guard !sorted.isEmpty else { return .nan }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
        }
    }

    let port: Int
    let connections: Int

    /// Sends every request once, spread over the connections; fails on a socket error.
    func run(_ requests: [[UInt8]]) throws -> Result {
        let collector = Collector()
        let group = DispatchGroup()
        let start = DispatchTime.now()
        for connection in 0 ..< connections {
            let share = Swift.stride(from: connection, to: requests.count, by: connections).map { requests[$0] }
            group.enter()
            let thread = Thread { [port] in
                defer { group.leave() }
                do {
                    let socket = try BlockingSocket(port: port)
                    defer { socket.close() }
                    var statuses: [Int: Int] = [:]
                    var latencies: [Double] = []
                    latencies.reserveCapacity(share.count)
                    for request in share {
                        let sent = DispatchTime.now()
                        try socket.send(request)
                        let status = try socket.readResponseStatus()
                        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - sent.uptimeNanoseconds) / 1e6)
                        statuses[status, default: 0] += 1
                    }
                    collector.add(statuses: statuses, latencies: latencies)
                } catch {
                    collector.fail(error)
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return try collector.result(seconds: seconds)
    }

    /// Thread results, merged under a lock.
    private final class Collector: @unchecked Sendable {
        // @unchecked: every stored property is read and written only while holding `lock`.
        private let lock = NSLock()
        private var statuses: [Int: Int] = [:]
        private var latencies: [Double] = []
        private var error: (any Error)?

        func add(statuses: [Int: Int], latencies: [Double]) {
            lock.withLock {
                self.statuses.merge(statuses, uniquingKeysWith: +)
                self.latencies += latencies
            }
        }

        func fail(_ error: any Error) { lock.withLock { self.error = error } }

        func result(seconds: Double) throws -> Result {
            try lock.withLock {
                if let error { throw error }
                return Result(seconds: seconds, statuses: statuses, latenciesMilliseconds: latencies)
            }
        }
    }
}

/// One blocking TCP connection to 127.0.0.1 that reads HTTP/1.1 responses with a Content-Length.
struct BlockingSocket {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 1)

    init(port: Int) throws {
        #if canImport(Glibc)
        descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        var yes: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect() to port \(port) failed: errno \(errno)") }
    }

    func close() {
        _ = Glibc.close(descriptor)
        buffer.deallocate()
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            guard written > 0 else { throw Failure(description: "write() failed: errno \(errno)") }
            offset += written
        }
    }

    /// Reads one response (head and Content-Length body) and returns its status code.
    func readResponseStatus() throws -> Int {
        // Bytes only, no String: the generator shares the cores with the server it measures, so
        // what it spends per answer must not depend on how long the answer's head is.
        var received = 0
        var needed = Int.max
        while received < needed {
            guard received < buffer.count else { throw Failure(description: "the response is larger than \(buffer.count) bytes") }
            let count = Glibc.read(descriptor, buffer.baseAddress! + received, buffer.count - received)
            guard count > 0 else { throw Failure(description: "the server closed the connection") }
            let searchFrom = max(0, received - 3)
            received += count
            if needed == .max, let end = Self.headEnd(in: buffer, from: searchFrom, to: received) {
                needed = end + 4 + Self.contentLength(in: buffer, headEnd: end)
            }
        }
        guard received >= 12 else { throw Failure(description: "not an HTTP response") }
        var status = 0
        for index in 9 ..< 12 {
            let digit = Int(buffer[index]) - 48
            guard (0 ... 9).contains(digit) else { throw Failure(description: "not an HTTP response") }
            status = status * 10 + digit
        }
        return status
    }

    /// Where the blank line after the head starts, searching `bytes[from ..< to]`.
    static func headEnd(in bytes: UnsafeMutableRawBufferPointer, from: Int, to: Int) -> Int? {
        guard to - from >= 4 else { return nil }
        for index in from ... to - 4 where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// The Content-Length field's value (0 without one), its name matched in any letter case.
    static func contentLength(in bytes: UnsafeMutableRawBufferPointer, headEnd: Int) -> Int {
        let name = Array("\r\ncontent-length:".utf8)
        var index = 0
        while index + name.count <= headEnd {
            var matches = true
            for offset in 0 ..< name.count where bytes[index + offset] | (offset >= 2 ? 0x20 : 0) != name[offset] {
                matches = false
                break
            }
            if matches {
                var cursor = index + name.count
                while cursor < headEnd, bytes[cursor] == 32 || bytes[cursor] == 9 { cursor += 1 }
                var length = 0
                while cursor < headEnd, (48 ... 57).contains(bytes[cursor]) {
                    length = length * 10 + Int(bytes[cursor] - 48)
                    cursor += 1
                }
                return length
            }
            index += 1
        }
        return 0
    }
}
