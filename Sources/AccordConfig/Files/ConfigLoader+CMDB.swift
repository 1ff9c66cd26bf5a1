import AccordCore
import AccordFederation
import Foundation

extension ConfigLoader {
    /// `cmdb.yaml` read and checked against the defined suppliers and services; defaults when absent.
    static func readCMDB(
        _ root: URL, _ display: String, definedSuppliers: Set<SupplierID>, definedServices: Set<ServiceID>?, _ log: DiagnosticLog
    ) -> CMDBRules {
        let url = root.appendingPathComponent("cmdb.yaml")
        guard FileManager.default.fileExists(atPath: url.path),
              let value = YAMLDocument.load(path: url, displayPath: display + "cmdb.yaml", log) else { return .defaults }
        return CMDBRulesReader.read(value, definedSuppliers: definedSuppliers, definedServices: definedServices, display: display, log)
    }
}
