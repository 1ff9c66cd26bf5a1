import AccordConfig
import ArgumentParser

/// `accord config …`: work with the configuration directory.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the configuration directory.",
        subcommands: [Check.self]
    )

    /// `accord config check [--config DIR]`: validates every file and reports every problem.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate hub.yaml, suppliers/, calendars/ and services.yaml; exit 1 listing every error."
        )

        @OptionGroup var options: ConfigOptions

        func run() async throws {
            let configuration = try options.load()
            let tiers = Dictionary(grouping: configuration.suppliers, by: { $0.supplier.tier.rawValue })
                .sorted { $0.key < $1.key }
                .map { "\($0.key): \($0.value.count)" }
                .joined(separator: ", ")
            StandardOutput.write(
                "\(options.config): OK — \(configuration.suppliers.count) suppliers (\(tiers)), "
                    + "\(configuration.calendars.count) calendars, \(configuration.services.count) services"
            )
        }
    }
}
