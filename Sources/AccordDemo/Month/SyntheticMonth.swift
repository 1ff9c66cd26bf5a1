import AccordCore
import Foundation

/// A deterministic month of synthetic ITSM work across the four sample suppliers: the same
/// parameters always give the same tickets, steps and notices. Pure: no I/O, no clock.
///
/// Arrivals cluster in UK business hours (a tenth arrive out of hours; NetNova's run round the
/// clock more often); priorities are P1–P4 (5/15/50/30 %); response and resolution times are drawn
/// around each supplier's OLA targets so that roughly one in ten breaches. About one desk ticket in
/// four is handed to NetNova and back (desk → netnova → desk), with a linked NetNova issue; some
/// tickets wait on the customer, a few are reopened. Steps after the month's end are left out, so
/// late arrivals are still open when the month closes.
public struct SyntheticMonth: Sendable {
    /// What to generate.
    public struct Parameters: Sendable, Hashable {
        public var year: Int
        /// 1–12.
        public var month: Int
        /// Primary tickets (escalations add a linked NetNova issue each).
        public var tickets: Int
        public var seed: UInt64

        public init(year: Int, month: Int, tickets: Int = 300, seed: UInt64 = 2026) {
            self.year = year
            self.month = month
            self.tickets = tickets
            self.seed = seed
        }

        /// The calendar month before the one `now` falls in (Europe/London).
        public static func previousMonth(of now: Date, tickets: Int = 300, seed: UInt64 = 2026) -> Parameters {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/London")!
            let previous = calendar.date(byAdding: .month, value: -1, to: now) ?? now
            let parts = calendar.dateComponents([.year, .month], from: previous)
            return Parameters(year: parts.year ?? 2026, month: parts.month ?? 1, tickets: tickets, seed: seed)
        }
    }

    /// What the month was generated from.
    public var parameters: Parameters
    /// From the first midnight of the month to the first of the next (Europe/London).
    public var period: DateInterval
    /// Ordered by opening instant.
    public var tickets: [SyntheticTicket]
    public var notices: [SyntheticNotice]

    /// `YYYY-MM`.
    public var name: String { String(format: "%04d-%02d", parameters.year, parameters.month) }

    /// The month for `parameters`: always the same one for the same parameters.
    public static func generate(_ parameters: Parameters) -> SyntheticMonth {
        var generator = MonthGenerator(parameters)
        return generator.generate()
    }
}

/// The per-supplier numbers the generator draws around (business minutes).
struct SupplierProfile {
    var hours: WorkingHours
    /// Response and resolution targets for P1…P4.
    var response: [Int]
    var resolution: [Int]

    static let desk = SupplierProfile(hours: .ukOffice, response: [10, 30, 120, 240], resolution: [120, 240, 600, 1_200])
    static let netnova = SupplierProfile(hours: .always, response: [15, 30, 240, 1_440], resolution: [240, 480, 2_880, 7_200])
    static let stratus = SupplierProfile(hours: .ukOffice, response: [30, 60, 240, 600], resolution: [240, 480, 1_800, 6_000])
}

private struct MonthGenerator {
    let parameters: SyntheticMonth.Parameters
    let period: DateInterval
    var random: SeededRandom
    var netnovaNumber = 1_000

    init(_ parameters: SyntheticMonth.Parameters) {
        self.parameters = parameters
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        let start = calendar.date(from: DateComponents(year: parameters.year, month: parameters.month, day: 1)) ?? Date(timeIntervalSince1970: 0)
        let end = calendar.date(byAdding: .month, value: 1, to: start) ?? start
        period = DateInterval(start: start, end: end)
        random = SeededRandom(seed: parameters.seed)
    }

    mutating func generate() -> SyntheticMonth {
        var tickets: [SyntheticTicket] = []
        let count = max(parameters.tickets, 0)
        let desk = count * 45 / 100, netnova = count * 20 / 100, stratusAPI = count * 22 / 100
        for index in 0..<count {
            let route: SyntheticTicket.Route =
                index < desk ? .desk : index < desk + netnova ? .netnova : index < desk + netnova + stratusAPI ? .stratusAPI : .stratusFile
            // Deterministic shares for the behaviours a small month must still show.
            let escalates = route == .desk && index % 4 == 1
            let pauses = index % 7 == 3 || random.chance(0.08)
            let reopens = index % 25 == 5
            tickets += ticket(route: route, index: index, escalates: escalates, pauses: pauses, reopens: reopens)
        }
        tickets.sort { ($0.steps[0].at, $0.key) < ($1.steps[0].at, $1.key) }
        let notices = (0..<max(2, count / 50)).map { notice($0) }
        return SyntheticMonth(parameters: parameters, period: period, tickets: tickets, notices: notices)
    }

    // MARK: - Tickets

    private mutating func ticket(route: SyntheticTicket.Route, index: Int, escalates: Bool, pauses: Bool, reopens: Bool) -> [SyntheticTicket] {
        let profile: SupplierProfile = switch route {
        case .desk: .desk
        case .netnova: .netnova
        case .stratusAPI, .stratusFile: .stratus
        }
        let priority = drawPriority()
        let opened = arrival(businessShare: route == .netnova ? 0.6 : 0.9)
        let slot = priority.rawValue - 1
        let response = draw(target: profile.response[slot], breachOdds: 0.1, early: 0.1...0.9, late: 1.2...3.0)
        let resolution = max(response + 5, draw(target: profile.resolution[slot], breachOdds: 0.12, early: 0.2...0.9, late: 1.1...2.0))
        let pause = pauses ? random.int(30...300) : 0
        let minutes = { (offset: Int) in profile.hours.advance(opened, minutes: offset) }

        var steps = [SyntheticStep(at: opened, change: .opened), SyntheticStep(at: minutes(response), change: .started)]
        var linked: SyntheticTicket?
        let work = resolution - response
        if escalates {
            let handOver = minutes(response + work / 5), handBack = minutes(response + work * 4 / 5)
            steps += [SyntheticStep(at: handOver, change: .handedTo(.netnova)), SyntheticStep(at: handBack, change: .handedTo(.frontlineDesk))]
            linked = escalation(from: handOver, to: handBack, priority: priority)
        }
        if pauses {
            let from = response + work * (escalates ? 9 : 1) / 10
            steps += [SyntheticStep(at: minutes(from), change: .pendingCustomer), SyntheticStep(at: minutes(from + pause), change: .resumed)]
        }
        let resolvedOffset = resolution + pause
        steps.append(SyntheticStep(at: minutes(resolvedOffset), change: .resolved))
        var finalResolution = steps[steps.count - 1].at
        if reopens {
            let reopenedOffset = resolvedOffset + random.int(60...240)
            steps.append(SyntheticStep(at: minutes(reopenedOffset), change: .reopened))
            steps.append(SyntheticStep(at: minutes(reopenedOffset + random.int(30...240)), change: .resolved))
            finalResolution = steps[steps.count - 1].at
        }
        steps.append(SyntheticStep(at: finalResolution.addingTimeInterval(3 * 86_400), change: .closed))

        let ticket = SyntheticTicket(
            key: key(route: route, index: index), route: route, title: title(route: route, index: index), priority: priority,
            service: route == .stratusAPI || route == .stratusFile ? "hosted-apps" : (index % 3 == 0 ? "hosted-apps" : "workplace"),
            steps: trimmed(steps), escalatedTo: linked?.key
        )
        return [ticket] + (linked.map { [$0] } ?? [])
    }

    /// The NetNova issue for a desk ticket held by NetNova from `from` to `to`.
    private mutating func escalation(from: Date, to: Date, priority: Priority) -> SyntheticTicket? {
        guard from < period.end else { return nil }
        let opened = from.addingTimeInterval(TimeInterval(random.int(1...5) * 60))
        let window = max(to.timeIntervalSince(opened) - 120, 120)
        let target = TimeInterval(SupplierProfile.netnova.response[priority.rawValue - 1] * 60)
        let started = opened.addingTimeInterval(min(target * random.real(0.2...1.4), window / 2))
        let resolved = opened.addingTimeInterval(window)
        let steps = [
            SyntheticStep(at: opened, change: .opened), SyntheticStep(at: started, change: .started),
            SyntheticStep(at: resolved, change: .resolved), SyntheticStep(at: resolved.addingTimeInterval(3 * 86_400), change: .closed),
        ]
        netnovaNumber += 1
        return SyntheticTicket(
            key: "NET-\(netnovaNumber)", route: .netnova, title: "Escalated from the service desk: network fault", priority: priority,
            service: "workplace", steps: trimmed(steps)
        )
    }

    private func trimmed(_ steps: [SyntheticStep]) -> [SyntheticStep] { steps.filter { $0.at < period.end } }

    private mutating func drawPriority() -> Priority {
        let roll = random.int(1...100)
        return roll <= 5 ? .p1 : roll <= 20 ? .p2 : roll <= 70 ? .p3 : .p4
    }

    /// Business minutes around `target`: mostly inside it, sometimes over (a breach).
    private mutating func draw(target: Int, breachOdds: Double, early: ClosedRange<Double>, late: ClosedRange<Double>) -> Int {
        let factor = random.chance(breachOdds) ? random.real(late) : random.real(early)
        return max(1, Int((Double(target) * factor).rounded()))
    }

    /// An arrival instant in the month: in UK business hours with `businessShare` odds, else any time.
    private mutating func arrival(businessShare: Double) -> Date {
        let days = Int(period.duration / 86_400)
        let inHours = random.chance(businessShare)
        while true {
            let day = WorkingHours.ukOffice.calendar.date(byAdding: .day, value: random.int(0...(days - 1)), to: period.start) ?? period.start
            let minute = inHours ? random.int(8 * 60...(18 * 60 - 1)) : random.int(0...(24 * 60 - 1))
            let instant = WorkingHours.ukOffice.instant(day: day, minuteOfDay: minute)
            if !inHours || WorkingHours.ukOffice.isOpen(instant) { return instant }
        }
    }

    private mutating func key(route: SyntheticTicket.Route, index: Int) -> String {
        switch route {
        case .desk: return String(format: "DESK-%04d", index + 1)
        case .netnova:
            netnovaNumber += 1
            return "NET-\(netnovaNumber)"
        case .stratusAPI, .stratusFile: return String(format: "INC%07d", 10_000 + index)
        }
    }

    private func title(route: SyntheticTicket.Route, index: Int) -> String {
        let titles: [String] = switch route {
        case .desk: ["Cannot log in to the laptop", "Outlook keeps asking for a password", "Printer on floor 3 offline", "New starter needs access", "VPN drops every few minutes", "Teams calls have no audio"]
        case .netnova: ["Branch router unreachable", "Firewall rule request", "Wi-Fi coverage weak in meeting rooms", "WAN link latency high", "Switch port flapping"]
        case .stratusAPI, .stratusFile: ["Disk usage above 90% on app server", "Nightly backup failed", "Database failover alert", "Certificate expires soon", "Hypervisor host memory pressure"]
        }
        return titles[index % titles.count]
    }

    // MARK: - Vendor notices

    private mutating func notice(_ index: Int) -> SyntheticNotice {
        let services = ["Exchange Online", "Microsoft Teams", "SharePoint Online"]
        let service = services[index % services.count]
        let start = arrival(businessShare: 0.5)
        let incident = random.chance(0.7)
        return SyntheticNotice(
            id: String(format: "%@%06d", service == "Exchange Online" ? "EX" : service == "Microsoft Teams" ? "TM" : "SP", 700_000 + index * 37),
            service: service, title: incident ? "Users may be unable to use \(service)" : "Some users may see delays in \(service)",
            classification: incident ? "incident" : "advisory", start: start, end: start.addingTimeInterval(TimeInterval(random.int(20...180) * 60))
        )
    }
}

extension SupplierID {
    /// The sample suppliers of `Config/suppliers` the demo drives by name.
    public static let frontlineDesk = SupplierID("frontline-desk")!
    public static let netnova = SupplierID("netnova")!
    public static let stratusHosting = SupplierID("stratus-hosting")!
    public static let m365 = SupplierID("m365")!
}
