import AccordCore

/// Breadth-first traversal over golden CIs, level by level: cycle-safe (each CI is visited once,
/// at its shortest distance) and depth-limited.
public enum ImpactTraversal {
    /// CIs reachable from `start` within `maxDepth` steps, with their distance; `start` itself excluded.
    /// `neighbours` answers one whole level at a time, so a store can batch its lookups.
    public static func reach(
        from start: CIID, maxDepth: Int, neighbours: ([CIID]) async throws -> [CIID: [CIID]]
    ) async rethrows -> [CIID: Int] {
        var depthOf: [CIID: Int] = [start: 0]
        var frontier = [start]
        var depth = 0
        while !frontier.isEmpty, depth < maxDepth {
            depth += 1
            let next = try await neighbours(frontier)
            var level: [CIID] = []
            for id in frontier {
                for neighbour in next[id] ?? [] where depthOf[neighbour] == nil {
                    depthOf[neighbour] = depth
                    level.append(neighbour)
                }
            }
            frontier = level
        }
        depthOf[start] = nil
        return depthOf
    }
}
