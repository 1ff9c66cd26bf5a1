import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Times `fdatasync` after a 4 KiB append in the directory the hub's database lives in: what one
/// `synchronous=FULL` commit of the WAL waits for at least.
enum FsyncProbe {
    /// The median of `count` append + `fdatasync` pairs, in milliseconds.
    static func medianMilliseconds(directory: String = NSTemporaryDirectory(), count: Int = 200) -> Double? {
        let path = directory + "/accord-fsync-probe-\(UUID().uuidString)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return nil }
        defer {
            close(descriptor)
            unlink(path)
        }
        let page = [UInt8](repeating: 0x5A, count: 4096)
        var samples: [Double] = []
        for _ in 0 ..< count {
            let start = DispatchTime.now().uptimeNanoseconds
            let written = page.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written == page.count, fdatasync(descriptor) == 0 else { return nil }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return samples.sorted()[samples.count / 2]
    }
}
