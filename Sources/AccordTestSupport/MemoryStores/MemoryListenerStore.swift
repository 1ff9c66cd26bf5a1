import AccordCore
import Foundation

/// ``ListenerStore`` in memory, for tests.
public actor MemoryListenerStore: ListenerStore {
    private var listeners: [String: TicketListener] = [:]
    private var outbox: [OutboundNotification] = []
    private var nextSequence: Int64 = 1

    public init() {}

    public func save(_ listener: TicketListener) async throws { listeners[listener.id] = listener }

    public func listener(_ id: String) async throws -> TicketListener? { listeners[id] }

    @discardableResult
    public func remove(_ id: String) async throws -> Bool {
        guard listeners.removeValue(forKey: id) != nil else { return false }
        outbox.removeAll { $0.listenerID == id && $0.status == .pending }
        return true
    }

    public func allListeners() async throws -> [TicketListener] {
        listeners.values.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    public func enqueue(_ notifications: [OutboundNotification]) async throws {
        for var notification in notifications {
            notification.sequence = nextSequence
            nextSequence += 1
            outbox.append(notification)
        }
    }

    public func dueNotifications(at now: Date, limit: Int) async throws -> [OutboundNotification] {
        Array(outbox.filter { $0.status == .pending && $0.nextAttemptAt <= now }.prefix(max(0, limit)))
    }

    public func recordAttempt(_ sequence: Int64, delivered: Bool, error: String?, retryAt: Date?) async throws {
        guard let index = outbox.firstIndex(where: { $0.sequence == sequence }) else { return }
        outbox[index].attempts += 1
        outbox[index].lastError = delivered ? nil : error
        if delivered {
            outbox[index].status = .delivered
        } else if let retryAt {
            outbox[index].nextAttemptAt = retryAt
        } else {
            outbox[index].status = .dead
        }
    }

    public func notifications(for listenerID: String) async throws -> [OutboundNotification] {
        outbox.filter { $0.listenerID == listenerID }
    }
}
