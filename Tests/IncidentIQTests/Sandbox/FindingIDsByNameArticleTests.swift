import Foundation
import Testing

@testable import IncidentIQ
@testable import IncidentIQTesting

/// The programs of the "Finding IDs by Name" article, with `IIQClient.fromEnvironment()` replaced by
/// a sandbox client and `print` by a collected line, so the article's code compiles and runs.
@Suite("Article: Finding IDs by Name")
struct FindingIDsByNameArticleTests {
    final class Output: Sendable {
        let lines = Locked<[String]>([])
        func print(_ line: String) { lines.mutate { $0.append(line) } }
    }

    @Test("OpenTicket opens a ticket for a device by serial and assigns it to Tier 1")
    func openTicket() async throws {
        let sandbox = IIQSandbox()
        let setup = try Fixture.client(sandbox: sandbox)
        let serial = try #require(
            try await setup.assets.search(IIQAssetQuery(pageSize: 20)).first(20).first { $0.ownerID != nil }?
                .serialNumber)
        let out = Output()
        let client = setup
        do {
            guard let device = try await client.assets.withSerial(serial).first,
                let owner = device.ownerID, let location = device.locationID
            else {
                out.print("No assigned device has that serial.")
                return
            }
            let issue = try await client.issues.lookup(named: "Broken Screen", product: .ticketing).unique()
            let team = try await client.teams.lookup(named: "Tier 1").unique()
            let ticket = try await client.tickets.create(
                IIQNewTicket(
                    requestor: owner, location: location, issue: issue.id, subject: "Cracked screen",
                    assets: [device.id]))
            try await client.tickets.assign(ticket.id, to: .team(team.id))
            out.print("Opened ticket \(ticket.ticketNumber?.rawValue ?? ticket.id.description) for Tier 1.")
        } catch  where error.code == .invalidArgument {
            out.print(error.argumentIssue?.reason ?? "\(error)")
        } catch {
            out.print("Incident IQ failed: \(error)")
        }
        #expect(out.lines.value.count == 1 && out.lines.value[0].hasPrefix("Opened ticket 1"))
    }

    @Test("FindTeam prints the closest names for a misspelt team")
    func findTeam() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox())
        let out = Output()
        let name = "Teir 1"
        do {
            let found = try await client.teams.lookup(named: name)
            if let team = found.first {
                out.print("\(team.teamName ?? name): \(team.id)")
            } else {
                out.print("No team is named \"\(name)\".")
                if !found.closestNames.isEmpty {
                    out.print("Closest: " + found.closestNames.joined(separator: ", "))
                }
            }
        } catch {
            out.print("Incident IQ failed: \(error)")
        }
        #expect(out.lines.value == ["No team is named \"Teir 1\".", "Closest: Tier 1, Tier 2, Field Techs"])
    }

    @Test("IssueTree walks every category, type and issue")
    func issueTree() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox())
        let out = Output()
        do {
            for category in try await client.issues.categories.all() {
                out.print(category.name ?? "?")
                for type in try await client.issues.types.all(in: category.id) {
                    out.print("  " + (type.name ?? "?"))
                    for try await issue in client.issues.all(in: category.id, ofType: type.id) {
                        out.print("    \(issue.name ?? "?")  \(issue.id)")
                    }
                }
            }
        } catch {
            out.print("Could not read the issue catalogue: \(error)")
        }
        let lines = out.lines.value
        #expect(
            Array(lines.prefix(3)) == [
                "Chromebook", "  Hardware",
                "    Broken Screen  \(try #require(try await client.issues.first(named: "Broken Screen")).id)",
            ])
        #expect(lines.filter { $0.hasPrefix("    ") }.count == 10, "every issue appears once")
    }

    @Test("RepairReport counts a model's assets in repair and finds a status step")
    func repairReport() async throws {
        let client = try Fixture.client(sandbox: IIQSandbox())
        let out = Output()
        do {
            let model = try await client.assetModels.lookup(named: "Chromebook 3110").unique()
            let inRepair = try await client.assets.count(
                IIQAssetQuery(filters: [.model(model.id), .status(named: "In Repair")]))
            out.print("\(inRepair) Chromebook 3110s are in repair.")

            let statuses = try await client.tickets.statuses()
            let waiting = try IIQNameLookup("waiting on requestor", entity: "status", in: statuses) {
                [$0.statusName, $0.stepName]
            }.unique()
            out.print("Waiting on requestor is step \(waiting.workflowStepID?.description ?? "?").")
        } catch  where error.code == .invalidArgument {
            out.print(error.argumentIssue?.reason ?? "\(error)")
        } catch {
            out.print("Incident IQ failed: \(error)")
        }
        let lines = out.lines.value
        #expect(lines.count == 2 && lines[0].hasSuffix("Chromebook 3110s are in repair."))
        #expect(!lines[1].contains("?"))
    }
}
