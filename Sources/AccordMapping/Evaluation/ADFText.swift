import Foundation

/// Plain text of an Atlassian Document Format document (Jira Cloud REST v3 descriptions and
/// comments, `{"type": "doc", "version": 1, "content": [...]}`), for the `adfText` transform.
///
/// Block nodes (paragraphs, headings, code blocks, quotes, panels, list items, table rows, rules)
/// each start a line; list items are prefixed `- ` or their number, task items `[ ] ` / `[x] `,
/// table cells are separated by ` | `. Inline nodes give their text: `text`, `hardBreak` (a line
/// break), `mention` and `status` (their `attrs.text`), `emoji` (`attrs.text`, else
/// `attrs.shortName`), `inlineCard` (`attrs.url`), `date` (`attrs.timestamp`, milliseconds, as
/// `yyyy-MM-dd` in UTC). Media has no text. Unknown nodes give their content's text, so a newer
/// node type degrades to its words instead of failing. Pure.
enum ADFText {
    /// The document's text, or `nil` when `node` is not an ADF document (an object whose `type`
    /// is `doc`).
    static func text(of node: SourceNode) -> String? {
        guard case .object(let document) = node, document["type"]?.scalarText == "doc" else { return nil }
        var lines = Lines()
        blocks(document["content"], into: &lines, prefix: "")
        return lines.text
    }

    /// Lines being written: a block opens a new line (empty lines are left out); a hard break
    /// continues under the block's text (after its list marker).
    private struct Lines {
        var done: [String] = []
        var current = ""
        var continuation = ""

        mutating func startLine(_ prefix: String, continuation: String? = nil) {
            endLine()
            current = prefix
            self.continuation = continuation ?? prefix
        }

        mutating func breakLine() {
            let indent = continuation
            endLine()
            current = indent
            continuation = indent
        }

        mutating func endLine() {
            var line = Substring(current)
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            if !line.isEmpty { done.append(String(line)) }
            current = ""
        }

        var text: String {
            var copy = self
            copy.endLine()
            return copy.done.joined(separator: "\n")
        }
    }

    private static func children(_ node: SourceNode?) -> [SourceNode] {
        if case .array(let items)? = node { return items }
        return []
    }

    private static func blocks(_ content: SourceNode?, into lines: inout Lines, prefix: String) {
        for child in children(content) { block(child, into: &lines, prefix: prefix) }
    }

    private static func block(_ node: SourceNode, into lines: inout Lines, prefix: String) {
        guard case .object(let object) = node else { return }
        let type = object["type"]?.scalarText ?? ""
        switch type {
        case "paragraph", "heading", "codeBlock":
            lines.startLine(prefix)
            inline(object["content"], into: &lines)
            lines.endLine()
        case "bulletList", "orderedList", "taskList", "decisionList":
            // `order` is the first number; kept in a sane range (a supplier may send any number).
            let start = Int(object["attrs"]?.firstChild(named: "order")?.scalarText ?? "") ?? 1
            var number = min(max(start, 0), 1_000_000_000)
            for item in children(object["content"]) {
                guard case .object(let entry) = item else { continue }
                let itemType = entry["type"]?.scalarText ?? ""
                // Lists nest directly in task and decision lists: under the item before them.
                if listTypes.contains(itemType) {
                    block(item, into: &lines, prefix: prefix + "    ")
                    continue
                }
                let marker: String
                switch type {
                case "orderedList": marker = "\(number). "
                case "taskList": marker = entry["attrs"]?.firstChild(named: "state")?.scalarText == "DONE" ? "[x] " : "[ ] "
                default: marker = "- "
                }
                number += 1
                listItem(entry, into: &lines, prefix: prefix, marker: marker)
            }
        case "table":
            for row in children(object["content"]) {
                guard case .object(let rowObject) = row else { continue }
                lines.startLine(prefix)
                var first = true
                for cell in children(rowObject["content"]) {
                    var cellLines = Lines()
                    if case .object(let cellObject) = cell { blocks(cellObject["content"], into: &cellLines, prefix: "") }
                    if !first { lines.current += " | " }
                    lines.current += cellLines.text.replacingOccurrences(of: "\n", with: " ")
                    first = false
                }
                lines.endLine()
            }
        case "rule":
            lines.startLine(prefix + "---")
            lines.endLine()
        case "media", "mediaSingle", "mediaGroup":
            break
        case "blockCard", "embedCard":
            lines.startLine(prefix + (object["attrs"]?.firstChild(named: "url")?.scalarText ?? ""))
            lines.endLine()
        default:
            // blockquote, panel, expand, listItem outside a list, and node types added later.
            if object["text"] != nil || !children(object["content"]).contains(where: isBlock) {
                lines.startLine(prefix)
                inline(object["content"], into: &lines)
                if let text = object["text"]?.scalarText { lines.current += text }
                lines.endLine()
            } else {
                blocks(object["content"], into: &lines, prefix: prefix)
            }
        }
    }

    /// A list item: its first paragraph, heading or code block after the marker, further blocks
    /// and nested lists indented under the text.
    private static func listItem(_ item: SourceObject, into lines: inout Lines, prefix: String, marker: String) {
        let indent = prefix + String(repeating: " ", count: marker.count)
        let content = children(item["content"])
        // Task and decision items hold inline content directly.
        guard content.contains(where: isBlock) else {
            lines.startLine(prefix + marker, continuation: indent)
            inline(item["content"], into: &lines)
            lines.endLine()
            return
        }
        for (index, child) in content.enumerated() {
            if index == 0, case .object(let first) = child, ["paragraph", "heading", "codeBlock"].contains(first["type"]?.scalarText ?? "") {
                lines.startLine(prefix + marker, continuation: indent)
                inline(first["content"], into: &lines)
                lines.endLine()
            } else {
                if index == 0 { lines.startLine(prefix + marker.trimmingCharacters(in: .whitespaces)); lines.endLine() }
                block(child, into: &lines, prefix: indent)
            }
        }
    }

    /// Whether `node` is one of ADF's block nodes (anything else is read as inline content).
    private static func isBlock(_ node: SourceNode) -> Bool {
        guard case .object(let object) = node, let type = object["type"]?.scalarText else { return false }
        return blockTypes.contains(type)
    }

    private static let listTypes: Set<String> = ["bulletList", "orderedList", "taskList", "decisionList"]

    private static let blockTypes: Set<String> = [
        "paragraph", "heading", "codeBlock", "blockquote", "panel", "expand", "nestedExpand", "rule",
        "bulletList", "orderedList", "listItem", "taskList", "taskItem", "decisionList", "decisionItem",
        "table", "tableRow", "tableHeader", "tableCell", "media", "mediaSingle", "mediaGroup",
        "blockCard", "embedCard", "layoutSection", "layoutColumn", "extension", "bodiedExtension",
    ]

    private static func inline(_ content: SourceNode?, into lines: inout Lines) {
        for child in children(content) {
            guard case .object(let object) = child else { continue }
            let attrs = object["attrs"]
            func attribute(_ name: String) -> String? { attrs?.firstChild(named: name)?.scalarText }
            switch object["type"]?.scalarText ?? "" {
            case "text":
                // Code blocks carry their line breaks in the text: each continues under the block.
                for (index, part) in (object["text"]?.scalarText ?? "").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if index > 0 { lines.breakLine() }
                    lines.current += part
                }
            case "hardBreak": lines.breakLine()
            case "mention": lines.current += attribute("text") ?? attribute("id").map { "@" + $0 } ?? ""
            case "emoji": lines.current += attribute("text") ?? attribute("shortName") ?? ""
            case "status": lines.current += attribute("text") ?? ""
            case "inlineCard": lines.current += attribute("url") ?? ""
            case "date": lines.current += attribute("timestamp").flatMap(day) ?? ""
            default: inline(object["content"], into: &lines)
            }
        }
    }

    /// `yyyy-MM-dd` (UTC) of a millisecond timestamp.
    private static func day(_ milliseconds: String) -> String? {
        guard let value = Double(milliseconds), value.isFinite, abs(value) < 1e15 else { return nil }
        let date = CivilDate(daysSinceEpoch: Int64((value / 86_400_000).rounded(.down)))
        func two(_ number: Int64) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(date.year)-\(two(date.month))-\(two(date.day))"
    }
}
