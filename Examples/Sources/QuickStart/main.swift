// README's quick start, compiled (ExamplesTests checks the two agree). It reads IIQ_API_TOKEN, prints the
// tenant the token names, then asks the tenant how many tickets are open; `--offline` stops before
// the network. Run it with `swift run --package-path Examples QuickStart`.
import Foundation
import IncidentIQ

do {
    let client = try IIQClient.fromEnvironment()  // reads IIQ_API_TOKEN; no network call
    print("Tenant:  \(client.configuration.baseURL.absoluteString)")
    print("Expires: \(client.tokenClaims?.expiresAt?.formatted(.iso8601) ?? "never")")
    if !CommandLine.arguments.contains("--offline") {
        let open = try await client.tickets.search(.open).totalCount()
        print("Open tickets: \(open)")
    }
} catch {
    // The message says what to do (such as "set IIQ_API_TOKEN") and never contains the token.
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
