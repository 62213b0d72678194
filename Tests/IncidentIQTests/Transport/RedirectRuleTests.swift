import Foundation
import Testing

@testable import IncidentIQ

/// The redirect policy as a table, and raw `Location` values judged before any URL library sees them.
@Suite("Redirect rules")
struct RedirectRuleTests {
    static let origin = URL(string: "https://demo.incidentiq.com/api/v1.0/assets")!

    static func request(_ method: IIQHTTPMethod, body: Data? = nil) -> IIQHTTPRequest {
        IIQHTTPRequest(
            method: method, url: origin, headers: IIQHTTPHeaders([("Authorization", "Bearer x")]), body: body)
    }

    static func response(_ status: Int, _ location: String) -> IIQHTTPResponse {
        IIQHTTPResponse(status: status, headers: IIQHTTPHeaders([("Location", location)]))
    }

    @Test("GET follows every redirect status on the origin", arguments: [301, 302, 303, 307, 308])
    func getFollows(_ status: Int) throws {
        let decision = RedirectRule.decide(
            Self.response(status, "/api/v1.0/moved?x=1"), to: Self.request(.get), hops: 0, maximumHops: 5)
        guard case .follow(let next) = decision else {
            Issue.record("got \(decision)")
            return
        }
        #expect(next.url.absoluteString == "https://demo.incidentiq.com/api/v1.0/moved?x=1")
        #expect(next.method == .get)
        #expect(next.headers["Authorization"] == "Bearer x")
    }

    @Test("A body keeps its method and bytes on 307 and 308", arguments: [307, 308])
    func bodyKept(_ status: Int) throws {
        let body = Data(#"{"Filters":[{"Facet":"AssetType"}]}"#.utf8)
        let decision = RedirectRule.decide(
            Self.response(status, "/api/v1.0/assets/v2"), to: Self.request(.post, body: body), hops: 0, maximumHops: 5)
        guard case .follow(let next) = decision else {
            Issue.record("got \(decision)")
            return
        }
        #expect(next.method == .post)
        #expect(next.body == body)
    }

    @Test("A body is refused on 301, 302 and 303", arguments: [301, 302, 303])
    func bodyRefused(_ status: Int) {
        for method in [IIQHTTPMethod.post, .put, .delete] {
            let decision = RedirectRule.decide(
                Self.response(status, "/api/v1.0/elsewhere"), to: Self.request(method, body: Data("{}".utf8)), hops: 0,
                maximumHops: 5)
            guard case .refuse(let reason) = decision else {
                Issue.record("\(method) \(status): got \(decision)")
                continue
            }
            #expect(reason.contains("without its body"))
        }
    }

    @Test(
        "A Location off the origin is refused, judged as sent",
        arguments: [
            "file:///etc/passwd", "ftp://demo.incidentiq.com/x", "http://demo.incidentiq.com/x",
            "//evil.example/x", "//demo.incidentiq.com:8443/x", "https://demo.incidentiq.com.evil.example/x",
            "https://user@demo.incidentiq.com/x", "https://demo.incidentiq.com%2eevil.example/x",
            "javascript:alert(1)", "data:text/plain,hi", "/\\evil.example/x", "https:evil.example",
            "https://[::1]/x", "  ", "https://demo.incidentiq.com:99999/x", "/x y",
        ])
    func offOrigin(_ location: String) {
        let decision = RedirectRule.decide(
            Self.response(302, location), to: Self.request(.get), hops: 0, maximumHops: 5)
        guard case .refuse = decision else {
            Issue.record("\(location): got \(decision)")
            return
        }
    }

    @Test(
        "A Location on the origin is followed, however it is written",
        arguments: [
            ("HTTPS://DEMO.incidentiq.com/x", "/x"), ("https://demo.incidentiq.com:443/x", "/x"),
            ("//demo.incidentiq.com/x?a=b#frag", "/x"), ("other", "/api/v1.0/other"), ("?p=2", "/api/v1.0/assets"),
            ("https://demo.incidentiq.com", "/"),
        ])
    func onOrigin(_ location: String, _ path: String) {
        let decision = RedirectRule.decide(
            Self.response(308, location), to: Self.request(.get), hops: 0, maximumHops: 5)
        guard case .follow(let next) = decision else {
            Issue.record("\(location): got \(decision)")
            return
        }
        #expect(next.url.host == "demo.incidentiq.com")
        #expect(next.url.path == path)
        #expect(next.url.fragment == nil)
    }

    @Test("The hop limit is counted; other statuses and a missing Location are delivered")
    func limitAndOthers() {
        let refused = RedirectRule.decide(Self.response(302, "/x"), to: Self.request(.get), hops: 5, maximumHops: 5)
        guard case .refuse(let reason) = refused else {
            Issue.record("got \(refused)")
            return
        }
        #expect(reason.contains("more than 5"))
        for status in [200, 300, 304, 305, 404] {
            #expect(
                RedirectRule.decide(Self.response(status, "/x"), to: Self.request(.get), hops: 0, maximumHops: 5)
                    == .deliver)
        }
        #expect(
            RedirectRule.decide(IIQHTTPResponse(status: 302), to: Self.request(.get), hops: 0, maximumHops: 5)
                == .deliver)
    }
}
