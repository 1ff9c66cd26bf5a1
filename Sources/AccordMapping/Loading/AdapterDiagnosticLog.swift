import Yams

/// Collects diagnostics while one adapter file is read, so that every problem is reported at once.
final class AdapterDiagnosticLog {
    let file: String
    private(set) var diagnostics: [AdapterDiagnostic] = []

    init(file: String) { self.file = file }

    func error(_ message: String, at node: Node?) {
        let mark = node?.mark
        diagnostics.append(AdapterDiagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }
}
