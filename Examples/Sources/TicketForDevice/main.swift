// A help desk bot step: find a device by its serial number, open a ticket for its owner, and comment.
//
//   IIQ_API_TOKEN=… swift run --package-path Examples TicketForDevice <serial> <issue-id> "<subject>"
//
// Without IIQ_API_TOKEN it runs on the sandbox, with a device and an issue taken from it.
import Foundation
import IncidentIQ
import IncidentIQTesting

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(1)
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let client: IIQClient
    let serial: String
    let issue: IIQIssue.ID
    let subject: String
    if ProcessInfo.processInfo.environment["IIQ_API_TOKEN"]?.isEmpty == false {
        guard arguments.count == 3, let issueID = IIQIssue.ID(arguments[1]) else {
            fail("usage: TicketForDevice <serial> <issue-id> <subject>")
        }
        client = try IIQClient.fromEnvironment()
        (serial, issue, subject) = (arguments[0], issueID, arguments[2])
    } else {
        FileHandle.standardError.write(Data("IIQ_API_TOKEN is not set: using the sandbox.\n".utf8))
        client = try IIQSandbox().makeClient()
        let device = try await client.assets.search(filters: [.status(named: "Assigned")]).first(1)
        let recent = try await client.tickets.search().first(1)
        guard let deviceSerial = device.first?.serialNumber, let issueID = recent.first?.issueID else {
            fail("The sandbox has no assigned device.")
        }
        (serial, issue, subject) = (deviceSerial, issueID, "Cracked screen")
    }

    // Exact serial match; IIQ answers a list, usually of one.
    guard let asset = try await client.assets.withSerial(serial).first else {
        fail("No asset has the serial \(serial).")
    }
    guard let owner = asset.ownerID, let location = asset.locationID else {
        fail("Asset \(asset.assetTag ?? serial) has no owner or location to open a ticket for.")
    }
    // A create is never retried by the SDK: IIQ has no idempotency key, and a retry could open two tickets.
    let ticket = try await client.tickets.create(
        IIQNewTicket(requestor: owner, location: location, issue: issue, subject: subject, assets: [asset.id]))
    try await client.tickets.addComment(
        "Opened automatically for \(asset.assetTag ?? serial). Bring the device to the library help desk.",
        to: ticket.id, isPublic: true)
    print(
        "Opened ticket \(ticket.ticketNumber?.rawValue ?? ticket.id.description) for \(asset.owner?.name ?? "the owner")."
    )
} catch {
    fail("failed: \(error)")
}
