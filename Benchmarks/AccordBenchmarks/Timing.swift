/// Wall-clock timing of one operation, repeated until the measurement is long enough to trust.
enum Timing {
    /// Runs `operation(i)` for i = 0, 1, … until at least `minimum` has passed and at least
    /// `minimumIterations` ran; returns nanoseconds per operation and a checksum of the results,
    /// which the caller prints so that the optimiser cannot drop the work.
    static func nanosecondsPerOperation(
        minimum: Duration, minimumIterations: Int = 100, _ operation: (Int) -> Int
    ) -> (nanoseconds: Double, sink: Int) {
        let clock = ContinuousClock()
        var sink = 0
        // Warm-up: caches, lazy time zone data.
        for index in 0 ..< min(minimumIterations, 8) { sink &+= operation(index) }
        var iterations = 0
        var batch = 1
        let start = clock.now
        var elapsed = Duration.zero
        while elapsed < minimum || iterations < minimumIterations {
            for index in iterations ..< iterations + batch { sink &+= operation(index) }
            iterations += batch
            elapsed = clock.now - start
            if elapsed < minimum / 10 { batch *= 2 }
        }
        let components = elapsed.components
        let nanoseconds = Double(components.seconds) * 1e9 + Double(components.attoseconds) / 1e9
        return (nanoseconds / Double(iterations), sink)
    }
}
