import AccordCore
import Foundation
import Synchronization

/// ``StatusNoticeStore`` in memory.
public final class MemoryStatusNoticeStore: StatusNoticeStore {
    private struct Key: Hashable {
        let supplier: SupplierID
        let noticeID: String
    }

    private let notices = Mutex<[Key: StatusNotice]>([:])

    public init() {}

    @discardableResult
    public func save(_ incoming: [StatusNotice]) async throws -> Int {
        notices.withLock { stored in
            var changed = 0
            for notice in incoming {
                let key = Key(supplier: notice.supplier, noticeID: notice.noticeID)
                var next = notice
                next.services = notice.services.sorted()
                if let previous = stored[key] {
                    next.firstSeenAt = previous.firstSeenAt
                    if previous == next { continue }
                }
                stored[key] = next
                changed += 1
            }
            return changed
        }
    }

    public func notices(of suppliers: [SupplierID], limit: Int) async throws -> [StatusNotice] {
        let wanted = Set(suppliers)
        return notices.withLock { stored in
            Array(stored.values.filter { wanted.contains($0.supplier) }.sorted { lhs, rhs in
                let (left, right) = (lhs.startedAt ?? .distantPast, rhs.startedAt ?? .distantPast)
                return left != right ? left > right : lhs.noticeID < rhs.noticeID
            }.prefix(limit))
        }
    }

    public func notices(for service: ServiceID, from: Date, to: Date) async throws -> [StatusNotice] {
        notices.withLock { stored in
            stored.values.filter { $0.services.contains(service) && $0.overlaps(from: from, to: to) }.sorted { lhs, rhs in
                if lhs.effectiveStart != rhs.effectiveStart { return lhs.effectiveStart < rhs.effectiveStart }
                if lhs.supplier != rhs.supplier { return lhs.supplier < rhs.supplier }
                return lhs.noticeID < rhs.noticeID
            }
        }
    }
}
