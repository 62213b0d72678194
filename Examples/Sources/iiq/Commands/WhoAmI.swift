import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq whoami`: what the token says about itself, with no network call.
struct WhoAmI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Show the site, tenant, user and expiry the token carries (no network call).")

    @OptionGroup var output: FormatOptions

    struct Identity: Encodable {
        var site: String
        var tenant: String
        var userID: String
        var expires: String
    }

    func run() async throws {
        try await Session.run { client in
            let claims = client.tokenClaims
            let identity = Identity(
                site: client.configuration.siteID, tenant: (claims?.tenant ?? client.configuration.baseURL).absoluteString,
                userID: claims?.userID ?? "", expires: claims?.expiresAt.map { $0.ISO8601Format() } ?? "never")
            let printer = RecordPrinter<Identity>(
                output.format,
                columns: [
                    Column("Site") { $0.site }, Column("Tenant") { $0.tenant }, Column("User") { $0.userID },
                    Column("Expires") { $0.expires },
                ])
            try printer.add(identity)
            printer.finish()
        }
    }
}
