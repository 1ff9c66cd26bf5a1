/// Small, valid configuration files that tests add to the sample and then break.
enum ConfigTexts {
    /// A calendar file; `week` lines are indented under `week:`.
    static func calendar(id: String, timezone: String = "Europe/Paris", week: [String] = ["mon: [\"09:00-17:00\"]"], holidays: [String] = []) -> String {
        var text = "id: \(id)\nname: Test calendar\ntimezone: \(timezone)\nweek:\n"
        text += week.map { "  \($0)\n" }.joined()
        if !holidays.isEmpty {
            text += "holidays:\n" + holidays.map { "  - \($0)\n" }.joined()
        }
        return text
    }

    /// A supplier file with no agreements; `extra` lines are appended at the top level.
    static func supplier(id: String, tier: String = "interface", calendar: String = "24x7", extra: [String] = []) -> String {
        "id: \(id)\nname: Test supplier\ntier: \(tier)\ncalendar: \(calendar)\n" + extra.map { "\($0)\n" }.joined()
    }
}
