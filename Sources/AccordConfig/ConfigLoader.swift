import AccordCore
import BusinessTime
import Foundation

/// Loads and validates a `Config/` directory: `hub.yaml`, `suppliers/*.yaml`, `calendars/*.yaml`
/// `services.yaml` and `cmdb.yaml` (optional).
///
/// Validation collects every problem before failing, so one run of `accord config check` shows
/// them all. Files are read in name order, so diagnostics come in a stable order.
public enum ConfigLoader {
    /// Reads and validates `directory`; throws ``ConfigValidationError`` listing every problem.
    public static func load(directory: String) throws(ConfigValidationError) -> AccordConfiguration {
        let log = DiagnosticLog()
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let display = displayPrefix(directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ConfigValidationError(diagnostics: [
                ConfigDiagnostic(file: display.isEmpty ? directory : String(display.dropLast()), line: 0, column: 0,
                                 message: "configuration directory not found"),
            ])
        }

        let hub = readHub(root, display, log)
        // Files that exist count as defined for cross-references even when they are invalid, so
        // one broken calendar is reported once, not again by everything that uses it.
        let calendarFiles = yamlFiles(in: root.appendingPathComponent("calendars"))
        let supplierFiles = yamlFiles(in: root.appendingPathComponent("suppliers"))
        let calendars = readCalendars(calendarFiles, display, log)
        let definedCalendars = Set(calendars.keys).union(calendarFiles.map { CalendarID($0.deletingPathExtension().lastPathComponent) })
        var serviceReferences: [(ServiceID, SourceLocation)] = []
        let suppliers = readSuppliers(supplierFiles, display, definedCalendars: definedCalendars, log, services: &serviceReferences)
            .map { $0.withSyncTimeZone(calendars.mapValues(\.definition)) }
        let definedSuppliers = Set(suppliers.map(\.supplier.id)).union(supplierFiles.compactMap { SupplierID($0.deletingPathExtension().lastPathComponent) })
        let beforeServices = log.diagnostics.count
        let catalogue = readServices(root, display, definedCalendars: definedCalendars, definedSuppliers: definedSuppliers, log)
        // A broken services.yaml is reported once: cmdb.yaml's references to it are not checked then.
        let servicesValid = log.diagnostics.count == beforeServices
        let definedServices = Set(catalogue.map(\.service.id))
        for (service, location) in serviceReferences where servicesValid && !definedServices.contains(service) {
            log.error("service '\(service)' is not defined in \(display)services.yaml", at: location)
        }
        let cmdb = readCMDB(
            root, display, definedSuppliers: definedSuppliers,
            definedServices: servicesValid ? Set(catalogue.map(\.service.id)) : nil, log
        )

        guard log.isEmpty else { throw ConfigValidationError(diagnostics: log.diagnostics) }
        var configuration = AccordConfiguration(
            directory: directory,
            hub: hub,
            suppliers: suppliers.sorted { $0.supplier.id < $1.supplier.id },
            calendars: calendars.mapValues(\.definition),
            services: catalogue.map(\.service),
            serviceAgreements: Dictionary(catalogue.map { ($0.service.id, $0.sla) }, uniquingKeysWith: { first, _ in first })
        )
        configuration.cmdb = cmdb
        return configuration
    }

    // MARK: - Files

    private static func readHub(_ root: URL, _ display: String, _ log: DiagnosticLog) -> HubConfig {
        let url = root.appendingPathComponent("hub.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else { return HubConfig() }
        guard let value = YAMLDocument.load(path: url, displayPath: display + "hub.yaml", log) else { return HubConfig() }
        return HubConfig.read(value, log)
    }

    private static func readCalendars(_ files: [URL], _ display: String, _ log: DiagnosticLog) -> [CalendarID: (definition: CalendarDefinition, location: SourceLocation)] {
        var calendars: [CalendarID: (definition: CalendarDefinition, location: SourceLocation)] = [:]
        for file in files {
            let displayPath = display + "calendars/" + file.lastPathComponent
            guard let value = YAMLDocument.load(path: file, displayPath: displayPath, log),
                  let calendar = CalendarDefinition.read(value, log) else { continue }
            let idLocation = idLocation(of: value)
            checkFileName(file, matches: calendar.id, at: idLocation, log)
            let id = CalendarID(calendar.id)
            if let first = calendars[id] {
                log.error("calendar id '\(id)' is already defined at \(first.location)", at: idLocation)
                continue
            }
            calendars[id] = (calendar, idLocation)
        }
        return calendars
    }

    private static func readSuppliers(
        _ files: [URL], _ display: String, definedCalendars: Set<CalendarID>, _ log: DiagnosticLog, services: inout [(ServiceID, SourceLocation)]
    ) -> [SupplierSettings] {
        var suppliers: [SupplierID: (settings: SupplierSettings, location: SourceLocation)] = [:]
        for file in files {
            let displayPath = display + "suppliers/" + file.lastPathComponent
            guard let value = YAMLDocument.load(path: file, displayPath: displayPath, log),
                  let (settings, references) = SupplierSettings.read(value, log) else { continue }
            let id = settings.supplier.id
            checkFileName(file, matches: id.rawValue, at: references.idLocation, log)
            for (calendar, location) in [references.calendar] + references.agreementCalendars where !definedCalendars.contains(calendar) {
                log.error("calendar '\(calendar)' is not defined (expected \(display)calendars/\(calendar).yaml)", at: location)
            }
            if let first = suppliers[id] {
                log.error("supplier id '\(id)' is already defined at \(first.location)", at: references.idLocation)
                continue
            }
            suppliers[id] = (settings, references.idLocation)
            services += references.services
        }
        return suppliers.values.map(\.settings)
    }

    private static func readServices(
        _ root: URL, _ display: String, definedCalendars: Set<CalendarID>, definedSuppliers: Set<SupplierID>, _ log: DiagnosticLog
    ) -> [ServiceCatalogueReader.Entry] {
        let url = root.appendingPathComponent("services.yaml")
        guard FileManager.default.fileExists(atPath: url.path),
              let value = YAMLDocument.load(path: url, displayPath: display + "services.yaml", log) else { return [] }
        var seen: [ServiceID: SourceLocation] = [:]
        var entries: [ServiceCatalogueReader.Entry] = []
        for entry in ServiceCatalogueReader.read(value, log) {
            if let first = seen[entry.service.id] {
                log.error("service id '\(entry.service.id)' is already defined at \(first)", at: entry.location)
                continue
            }
            seen[entry.service.id] = entry.location
            if !definedCalendars.contains(entry.service.hoursOfService) {
                log.error("calendar '\(entry.service.hoursOfService)' is not defined (expected \(display)calendars/\(entry.service.hoursOfService).yaml)", at: entry.calendarLocation)
            }
            for (supplier, location) in zip(entry.service.contributingSuppliers, entry.supplierLocations) where !definedSuppliers.contains(supplier) {
                log.error("supplier '\(supplier)' is not defined (expected \(display)suppliers/\(supplier).yaml)", at: location)
            }
            entries.append(entry)
        }
        return entries
    }

    // MARK: - Helpers

    /// `*.yaml` and `*.yml` files directly in `directory`, by name; none when it does not exist.
    private static func yamlFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names
            .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted()
            .map { directory.appendingPathComponent($0) }
    }

    private static func checkFileName(_ file: URL, matches id: String, at location: SourceLocation, _ log: DiagnosticLog) {
        let stem = file.deletingPathExtension().lastPathComponent
        if stem != id {
            log.error("id '\(id)' does not match the file name (expected \(id).\(file.pathExtension) or id: \(stem))", at: location)
        }
    }

    private static func idLocation(of value: YAMLValue) -> SourceLocation {
        guard case .mapping(let mapping) = value.node, let id = mapping["id"] else { return value.location }
        return YAMLValue(node: id, file: value.file).location
    }

    /// The directory as diagnostics show it: `Config/` for `./Config`, `/etc/accord/` for `/etc/accord`.
    private static func displayPrefix(_ directory: String) -> String {
        var text = directory
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        if text.isEmpty || text == "." { return "" }
        return text + "/"
    }
}
