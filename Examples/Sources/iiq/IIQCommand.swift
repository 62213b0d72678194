import ArgumentParser
import IncidentIQ

/// `iiq`: Incident IQ from the shell, on your tenant or on a built-in sandbox.
@main
struct IIQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iiq",
        abstract: "Incident IQ from the command line.",
        discussion: """
            With IIQ_API_TOKEN set, iiq talks to that tenant (IIQ_SITE_ID and IIQ_BASE_URL are read too). \
            Without it, iiq runs on a built-in seeded sandbox, says so on stderr, and keeps the sandbox's \
            writes between runs (see 'iiq sandbox reset'). \
            IIQ_TRANSPORT=asynchttpclient sends through AsyncHTTPClient instead of URLSession.

            Exit codes: 0 success, 1 an API or network failure, 3 not found, 4 not authorized (401/403), \
            5 rate limited, 64 a usage error.
            """,
        version: "iiq \(IIQClient.version)",
        subcommands: [
            WhoAmI.self, Tickets.self, Assets.self, Users.self, Issues.self, Teams.self, CustomFields.self, Roles.self,
            Views.self, Sandbox.self, Sync.self,
        ]
    )

    /// Read by ``Session/isVerbose`` before parsing, so that it works before or after the subcommand.
    @Flag(
        name: [.customLong("verbose"), .customShort("v")],
        help: "Log every request, retry and wait before a retry to stderr.")
    var verbose = false
}
