import Foundation
import Yams

/// Reads `Adapters/<system>/adapter.yaml` files into validated ``Adapter`` values, reporting every
/// problem with its line and column.
public enum AdapterLoader {
    static let topLevelKeys = ["name", "description", "formats", "namespaces", "limits", "csv", "records"]

    /// Loads one adapter file; `displayPath` is how the file is named in diagnostics.
    public static func load(file: URL, displayPath: String? = nil) throws(AdapterValidationError) -> Adapter {
        let shown = displayPath ?? file.path
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw AdapterValidationError(diagnostics: [.init(file: shown, line: 0, column: 0, message: "cannot read file: \(error.localizedDescription)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AdapterValidationError(diagnostics: [.init(file: shown, line: 0, column: 0, message: "file is not valid UTF-8")])
        }
        return try parse(yaml: text, file: shown)
    }

    /// Loads every `<system>/adapter.yaml` under `directory`, keyed by adapter name, with the
    /// diagnostics of those that failed. `displayPrefix` names the directory in diagnostics.
    public static func loadAll(directory: URL, displayPrefix: String = "Adapters") -> (adapters: [String: Adapter], diagnostics: [AdapterDiagnostic]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var adapters: [String: Adapter] = [:]
        var diagnostics: [AdapterDiagnostic] = []
        for name in names.sorted() {
            let file = directory.appendingPathComponent(name).appendingPathComponent("adapter.yaml")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            do {
                let adapter = try load(file: file, displayPath: "\(displayPrefix)/\(name)/adapter.yaml")
                adapters[adapter.name] = adapter
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return (adapters, diagnostics)
    }

    /// Parses adapter YAML text; `file` is how the file is named in diagnostics.
    public static func parse(yaml: String, file: String) throws(AdapterValidationError) -> Adapter {
        let log = AdapterDiagnosticLog(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw AdapterValidationError(diagnostics: [YAMLSyntaxDiagnostic.diagnostic(for: error, file: file)])
        } catch {
            throw AdapterValidationError(diagnostics: [.init(file: file, line: 0, column: 0, message: "cannot parse YAML: \(error)")])
        }
        guard let root else {
            throw AdapterValidationError(diagnostics: [.init(file: file, line: 0, column: 0, message: "file is empty")])
        }
        var reader = AdapterDefinitionReader(log: log)
        let adapter = reader.read(root, file: file)
        if let adapter, log.diagnostics.isEmpty { return adapter }
        throw AdapterValidationError(diagnostics: log.diagnostics)
    }
}
