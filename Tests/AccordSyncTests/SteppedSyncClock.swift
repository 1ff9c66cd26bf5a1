import AccordConnectors
import Foundation
import Synchronization

/// Test time for long-running services: `sleep` suspends until the test moves time past its
/// deadline with ``advance(by:)``; ``sleepCalls(atLeast:)`` lets a test wait until the service
/// has gone to sleep. No real time passes.
final class SteppedSyncClock: SyncClock {
    private struct Sleeper {
        let deadline: Date
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Date
        var sleepers: [UUID: Sleeper] = [:]
        var sleepCalls = 0
        var callWaiters: [(Int, CheckedContinuation<Void, Never>)] = []
    }

    private let state: Mutex<State>

    init(_ start: Date) { state = Mutex(State(now: start)) }

    func now() -> Date { state.withLock { $0.now } }

    func sleep(seconds: TimeInterval) async throws {
        let id = UUID()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let ready: [CheckedContinuation<Void, Never>] = state.withLock { state in
                    state.sleepCalls += 1
                    if Task.isCancelled {
                        continuation.resume(throwing: CancellationError())
                    } else {
                        state.sleepers[id] = Sleeper(deadline: state.now.addingTimeInterval(max(0, seconds)), continuation: continuation)
                    }
                    let count = state.sleepCalls
                    let ready = state.callWaiters.filter { $0.0 <= count }.map(\.1)
                    state.callWaiters.removeAll { $0.0 <= count }
                    return ready
                }
                for waiter in ready { waiter.resume() }
            }
        } onCancel: {
            state.withLock { $0.sleepers.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward and wakes every sleeper whose deadline has come.
    func advance(by seconds: TimeInterval) {
        let due: [Sleeper] = state.withLock { state in
            state.now = state.now.addingTimeInterval(seconds)
            let now = state.now
            let due = state.sleepers.filter { $0.value.deadline <= now }
            for key in due.keys { state.sleepers.removeValue(forKey: key) }
            return Array(due.values)
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Returns once `sleep` has been called at least `count` times in all.
    func sleepCalls(atLeast count: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state in
                if state.sleepCalls >= count { return true }
                state.callWaiters.append((count, continuation))
                return false
            }
            if done { continuation.resume() }
        }
    }
}
