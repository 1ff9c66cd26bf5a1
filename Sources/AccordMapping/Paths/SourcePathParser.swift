/// Parses the path syntax of adapter files; errors say what is wrong at which character.
enum SourcePathParser {
    struct Failure: Error, Sendable {
        var message: String
    }

    static func parse(_ text: String) throws(Failure) -> SourcePath {
        let characters = Array(text)
        var steps: [SourcePath.Step] = []
        var fromRoot = false
        var index = 0
        if characters.first == "$" {
            fromRoot = true
            index = 1
        } else if text == "." {
            return SourcePath(fromRoot: false, steps: [], description: text)
        }
        if text.isEmpty { throw Failure(message: "a path must not be empty") }
        var expectName = !fromRoot
        while index < characters.count {
            let character = characters[index]
            switch character {
            case ".", "/":
                if expectName { throw Failure(message: "empty step at character \(index + 1) of '\(text)'") }
                expectName = true
                index += 1
            case "[":
                let (step, next) = try bracket(characters, from: index, text: text)
                steps.append(step)
                index = next
                expectName = false
            default:
                var name = ""
                while index < characters.count, !".[/".contains(characters[index]) {
                    if characters[index] == "]" || characters[index] == "\"" || characters[index] == "'" {
                        throw Failure(message: "unexpected '\(characters[index])' at character \(index + 1) of '\(text)'")
                    }
                    name.append(characters[index])
                    index += 1
                }
                if !expectName && !steps.isEmpty {
                    throw Failure(message: "missing '.' before '\(name)' in '\(text)'")
                }
                steps.append(try nameStep(name, text: text))
                expectName = false
            }
        }
        if expectName && !(fromRoot && steps.isEmpty) {
            throw Failure(message: "path '\(text)' ends with a separator")
        }
        return SourcePath(fromRoot: fromRoot, steps: steps, description: text)
    }

    private static func nameStep(_ name: String, text: String) throws(Failure) -> SourcePath.Step {
        if name == "#text" { return .text }
        if name == "*" { return .wildcard }
        if name.hasPrefix("@") {
            let attribute = String(name.dropFirst())
            if attribute.isEmpty { throw Failure(message: "missing attribute name after '@' in '\(text)'") }
            return .attribute(attribute)
        }
        let parts = name.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2 {
            if parts[0].isEmpty || parts[1].isEmpty { throw Failure(message: "bad prefixed name '\(name)' in '\(text)'") }
            return .key(name, prefix: String(parts[0]), local: String(parts[1]))
        }
        return .key(name, prefix: nil, local: name)
    }

    private static func bracket(_ characters: [Character], from start: Int, text: String) throws(Failure) -> (SourcePath.Step, Int) {
        var index = start + 1
        guard index < characters.count else { throw Failure(message: "unclosed '[' in '\(text)'") }
        let opener = characters[index]
        if opener == "\"" || opener == "'" {
            var key = ""
            index += 1
            while index < characters.count, characters[index] != opener {
                if characters[index] == "\\", index + 1 < characters.count {
                    index += 1
                }
                key.append(characters[index])
                index += 1
            }
            guard index + 1 < characters.count, characters[index + 1] == "]" else {
                throw Failure(message: "unclosed quoted key in '\(text)'")
            }
            return (.key(key, prefix: nil, local: key), index + 2)
        }
        if opener == "?" { return try filter(characters, from: index + 1, text: text) }
        var inner = ""
        while index < characters.count, characters[index] != "]" {
            inner.append(characters[index])
            index += 1
        }
        guard index < characters.count else { throw Failure(message: "unclosed '[' in '\(text)'") }
        if inner == "*" { return (.wildcard, index + 1) }
        guard let number = Int(inner), number >= 0 else {
            throw Failure(message: "'[\(inner)]' must be an index, '*', a quoted key or a filter such as [?role=assignee] in '\(text)'")
        }
        return (.index(number), index + 1)
    }

    /// `?key=value]` (from just after the `?`): `value` bare (up to `]`) or quoted with `'` or `"`.
    private static func filter(_ characters: [Character], from start: Int, text: String) throws(Failure) -> (SourcePath.Step, Int) {
        var index = start
        var key = ""
        while index < characters.count, characters[index] != "=", characters[index] != "]" {
            key.append(characters[index])
            index += 1
        }
        key = key.trimmingCharacters(in: .whitespaces)
        guard index < characters.count, characters[index] == "=", !key.isEmpty, key != "@" else {
            throw Failure(message: "a filter is [?key=value] (e.g. relatedParty[?role=assignee]) in '\(text)'")
        }
        index += 1
        while index < characters.count, characters[index] == " " { index += 1 }
        var value = ""
        if index < characters.count, characters[index] == "'" || characters[index] == "\"" {
            let quote = characters[index]
            index += 1
            while index < characters.count, characters[index] != quote {
                if characters[index] == "\\", index + 1 < characters.count { index += 1 }
                value.append(characters[index])
                index += 1
            }
            index += 1
            while index < characters.count, characters[index] == " " { index += 1 }
            guard index < characters.count, characters[index] == "]" else {
                throw Failure(message: "unclosed quoted filter value in '\(text)'")
            }
            return (.filter(key: key, value: value), index + 1)
        }
        while index < characters.count, characters[index] != "]" {
            value.append(characters[index])
            index += 1
        }
        guard index < characters.count else { throw Failure(message: "unclosed '[' in '\(text)'") }
        return (.filter(key: key, value: value.trimmingCharacters(in: .whitespaces)), index + 1)
    }
}
