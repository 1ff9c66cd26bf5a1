import Foundation

/// Plumbing every benchmark mode shares: reading `--option value` arguments, running an async
/// measurement from the synchronous `main`, and seconds of a `Duration`.
enum BenchmarkSupport {
    /// The value after `option` in `arguments`, if any (`--records 1000` → `"1000"`).
    static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    /// Runs `measure` in a task and waits for it on the calling thread.
    static func runBlocking<Value>(_ measure: @escaping @Sendable () async throws -> Value) throws -> Value {
        let box = ResultBox<Value>()
        let semaphore = DispatchSemaphore(value: 0)
        Task {
            do { box.set(.success(try await measure())) } catch { box.set(.failure(error)) }
            semaphore.signal()
        }
        semaphore.wait()
        return try box.get()
    }

    /// CPU seconds (user and system, all threads) the process has used: on a shared machine the
    /// wall-clock figures move with the neighbours' load, this much less.
    static func processCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Carries an async measurement's outcome out to the synchronous `main`.
final class ResultBox<Value>: @unchecked Sendable {
    // Safe: written once by the task before the semaphore is signalled, read after the wait.
    private var result: Result<Value, any Error>?
    private let lock = NSLock()

    func set(_ value: Result<Value, any Error>) { lock.withLock { result = value } }

    func get() throws -> Value {
        guard let result = lock.withLock({ result }) else { throw BenchmarkFailure("no result") }
        return try result.get()
    }
}
