import AccordConfig
import AccordCore
import AccordTestSupport
import BusinessTime
import Testing

@Suite("The sample Config/")
struct SampleConfigTests {
    let configuration: AccordConfiguration

    init() throws {
        let fixture = try ConfigFixture()
        configuration = try ConfigLoader.load(directory: fixture.directory)
        withExtendedLifetime(fixture) {}
    }

    @Test("has one supplier per tier, ordered by id")
    func suppliers() {
        let suppliers = configuration.suppliers.map(\.supplier)
        #expect(suppliers.map(\.id.rawValue) == ["frontline-desk", "m365", "netnova", "stratus-hosting"])
        #expect(suppliers.map(\.tier) == [.use, .exclude, .integrate, .interface])
        #expect(Set(suppliers.map(\.tier)) == Set(Tier.allCases))
        #expect(suppliers.map(\.calendarID.rawValue) == ["uk-office", "24x7", "24x7", "uk-office"])
        #expect(suppliers.map(\.adapter) == [nil, "statusfeed", "jira", "servicenow"])
    }

    @Test("supplier OLAs keep their targets and settings")
    func supplierAgreements() throws {
        let netnova = try #require(configuration.supplier(DomainSamples.netnova)).supplier
        let ola = try #require(netnova.agreements.first)
        #expect(netnova.agreements.count == 1)
        #expect(ola.id == "netnova-ola")
        #expect(ola.kind == .ola(netnova.id))
        #expect(ola.warningThresholdPercent == 80)
        #expect(ola.pauseStates == [.pending(.customer), .pending(.thirdParty)])
        #expect(ola.reopenPolicy == .fromOriginalStart)
        #expect(ola.calendarID == "24x7")
        #expect(ola.targets[.p1] == ResponseResolutionTarget(response: .minutes(15), resolution: .hours(4)))
        #expect(ola.targets[.p3] == ResponseResolutionTarget(response: .hours(4), resolution: .days(2)))
        #expect(ola.targets[.p5] == nil)

        let stratus = try #require(configuration.supplier(DomainSamples.stratus)).supplier
        #expect(stratus.agreements.first?.pauseStates == PauseCondition.defaults)
        #expect(stratus.agreements.first?.reopenPolicy == .restart)
    }

    @Test("credentials are environment variable names, never secrets")
    func credentials() throws {
        let netnova = try #require(configuration.supplier(DomainSamples.netnova))
        #expect(netnova.credentials == [
            "webhookSecrets": ["ACCORD_NETNOVA_WEBHOOK_SECRET", "ACCORD_NETNOVA_WEBHOOK_SECRET_NEXT"],
            "apiToken": ["ACCORD_NETNOVA_API_TOKEN"],
        ])
        let deskID = try #require(SupplierID("frontline-desk"))
        let desk = try #require(configuration.supplier(deskID))
        #expect(desk.credentials.isEmpty)
    }

    @Test("has the UK office calendar with the 2026–2027 England bank holidays")
    func ukOffice() throws {
        let calendar = try #require(configuration.calendars["uk-office"])
        #expect(calendar.timeZoneIdentifier == "Europe/London")
        #expect(calendar.holidays.map(\.date.description) == [
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
        ])
        #expect(calendar.holidays.allSatisfy { $0.hours == nil })
        #expect(calendar.intervals(on: .mon).map(\.description) == ["08:00-18:00"])
        #expect(calendar.intervals(on: .sat).isEmpty)
    }

    @Test("has a 24×7 calendar open all day every day")
    func roundTheClock() throws {
        let calendar = try #require(configuration.calendars["24x7"])
        #expect(configuration.calendars.count == 2)
        #expect(calendar.timeZoneIdentifier == "UTC")
        #expect(calendar.holidays.isEmpty)
        for day in Weekday.allCases {
            #expect(calendar.intervals(on: day).map(\.description) == ["00:00-24:00"], "\(day)")
        }
    }

    @Test("has the service catalogue with SLAs and priority matrices")
    func services() throws {
        #expect(configuration.services.map(\.id) == ["workplace", "hosted-apps"])
        let workplace = try #require(configuration.services.first)
        #expect(workplace.hoursOfService == "uk-office")
        #expect(workplace.availability == AvailabilityBand(name: "gold", targetPercent: 99.9))
        #expect(workplace.contributingSuppliers.map(\.rawValue) == ["frontline-desk", "m365", "netnova"])
        #expect(workplace.targets[.p3] == ResponseResolutionTarget(response: .hours(4), resolution: .days(3)))
        #expect(workplace.targets.count == 5)
        #expect(workplace.priorityMatrix.priority(impact: .high, urgency: .low) == .p3)
        #expect(workplace.priorityMatrix.priority(impact: .low, urgency: .medium) == .p4)

        let sla = try #require(configuration.serviceAgreements["workplace"])
        #expect(sla.kind == .sla("workplace"))
        #expect(sla.pauseStates == [.pending(.customer)])
        #expect(sla.calendarID == "uk-office")

        let hosted = try #require(configuration.services.last)
        #expect(hosted.targets[.p5] == nil)
        #expect(hosted.targets[.p1] == ResponseResolutionTarget(response: .minutes(30), resolution: .hours(6)))
        #expect(configuration.serviceAgreements["hosted-apps"]?.pauseStates == PauseCondition.defaults)
    }

    @Test("reads hub.yaml")
    func hub() {
        #expect(configuration.hub == HubConfig())
    }
}
