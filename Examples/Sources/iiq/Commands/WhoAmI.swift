import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq whoami`: who the token acts as, asked of the server (`client.me()`).
struct WhoAmI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Ask the server who the token acts as: user, site, product and expiry.",
        discussion: """
            A revoked token, a token of another tenant or a token that is not an IIQ token exits 4 \
            (not authorized), or 64 when it cannot even be read without a site and base URL.
            """)

    @OptionGroup var output: FormatOptions

    struct Identity: Encodable {
        var user: String
        var userID: String
        var email: String
        var site: String
        var siteID: String
        var tenant: String
        var product: String
        var products: String
        var expires: String
    }

    func run() async throws {
        try await Session.run { client in
            let me = try await client.me()
            let identity = Identity(
                user: me.user?.name ?? "", userID: me.userID.description, email: me.user?.email ?? "",
                site: me.site?.name ?? "",
                siteID: (me.siteID ?? me.site?.id).map(\.description) ?? "",
                tenant: (client.tokenClaims?.tenant ?? client.configuration.baseURL).absoluteString,
                product: me.product?.productName ?? me.productID.map { IIQProduct(id: $0).description } ?? "",
                products: me.licensedProducts.map { $0.productName ?? $0.product.description }.joined(separator: ", "),
                expires: (me.tokenExpirationDate ?? client.tokenClaims?.expiresAt).map { $0.ISO8601Format() } ?? "never"
            )
            let printer = RecordPrinter<Identity>(
                output.format,
                columns: [
                    Column("User") { $0.user }, Column("User Id") { $0.userID }, Column("Site") { $0.site },
                    Column("Site Id") { $0.siteID }, Column("Product") { $0.product },
                    Column("Products") { $0.products }, Column("Expires") { $0.expires },
                ])
            try printer.add(identity)
            printer.finish()
        }
    }
}
