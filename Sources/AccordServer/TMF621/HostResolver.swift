import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns a callback's host name into the addresses it resolves to, so the callback policy judges
/// where the hub would really connect, not only how the name is spelled.
public protocol HostResolver: Sendable {
    /// The numeric addresses (`169.254.169.254`, `fe80::1`) `host` resolves to; empty when the name
    /// does not exist; `nil` when there was no answer (a timeout, a failing DNS server, too many lookups at once).
    func addresses(of host: String) async -> [String]?
}

/// ``HostResolver`` through the system resolver (`getaddrinfo`), off the caller's thread. No answer
/// within `timeout` is `nil` (the caller decides what an unknown answer means), so a dead DNS
/// server never holds a request; at most `maxLookups` run at once (each blocks a thread), more
/// are `nil` at once.
public struct SystemHostResolver: HostResolver {
    let timeout: TimeInterval
    let maxLookups: Int
    private static let inFlight = Mutex(0)

    public init(timeout: TimeInterval = 2, maxLookups: Int = 8) {
        self.timeout = timeout
        self.maxLookups = maxLookups
    }

    public func addresses(of host: String) async -> [String]? {
        let admitted = Self.inFlight.withLock { count in
            guard count < maxLookups else { return false }
            count += 1
            return true
        }
        guard admitted else { return nil }
        return await withCheckedContinuation { continuation in
            let once = ResumeOnce(continuation)
            DispatchQueue.global().async {
                let addresses = Self.resolve(host)
                Self.inFlight.withLock { $0 -= 1 }
                once.resume(addresses)
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { once.resume(nil) }
        }
    }

    static func resolve(_ host: String) -> [String]? {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        if status == EAI_NONAME { return [] }  // the name does not exist
        guard status == 0 else { return nil }
        defer { freeaddrinfo(list) }
        var addresses: [String] = []
        var cursor = list
        while let entry = cursor?.pointee {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if let address = entry.ai_addr,
               getnameinfo(address, entry.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 {
                let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !addresses.contains(text) { addresses.append(text) }
            }
            cursor = entry.ai_next
        }
        return addresses
    }
}

/// Resumes a continuation with the first answer only.
private final class ResumeOnce: Sendable {
    private let continuation: Mutex<CheckedContinuation<[String]?, Never>?>

    init(_ continuation: CheckedContinuation<[String]?, Never>) {
        self.continuation = Mutex(continuation)
    }

    func resume(_ addresses: [String]?) {
        continuation.withLock { pending in
            pending?.resume(returning: addresses)
            pending = nil
        }
    }
}
