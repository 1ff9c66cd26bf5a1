import AccordServer
import ArgumentParser

/// `accord`: the Accord hub's command-line entry point.
@main
struct AccordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Accord: a multi-supplier ITSM integration hub.",
        version: AccordVersion.current,
        subcommands: [ServeCommand.self, ConfigCommand.self, TimeCommand.self, LedgerCommand.self, InboxCommand.self, AdaptersCommand.self, CMDBCommand.self, TokensCommand.self, SyncCommand.self, ImportCommand.self, DemoCommand.self, ReportCommand.self, ReconcileCommand.self]
    )
}
