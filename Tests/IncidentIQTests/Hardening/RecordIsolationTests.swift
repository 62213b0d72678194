import Foundation
import IncidentIQTesting
import Testing

@testable import IncidentIQ

@Suite("One bad record never stops a sync")
struct RecordIsolationTests {
    @Test("A page with every drift shape and a record without id keeps every other record, each drift reported once")
    func everyDriftShape() throws {
        let (envelope, log) = try DecodingLog.record {
            try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: Data(DriftShapes.assetPage.utf8))
        }
        let fields = DriftShapes.assetFields
        // Every record but the one without an id, in order.
        #expect(envelope.items.count == fields.count + 1)
        #expect(envelope.items.map(\.assetTag) == fields.indices.map { "T\($0)" } + ["clean"])
        // The record without an id is skipped, with its position, its path and the problem.
        #expect(log.skipped.count == 1)
        let skip = try #require(log.skipped.first)
        #expect(skip.position == fields.count)
        #expect(skip.id == nil)
        #expect(skip.codingPath == "Items[\(fields.count)].AssetId")
        #expect(skip.problem == "missing key AssetId")
        // Each drift once, at its field, and nothing from the skipped record.
        let expected = fields.enumerated().compactMap { index, field in field.path.map { "Items[\(index)].\($0)" } }
        #expect(log.drifts.map(\.codingPath) == expected)
        for drift in log.drifts { #expect(drift.position == Int(drift.codingPath.dropFirst(6).prefix { $0 != "]" })) }
    }

    @Test("Drifted fields read as nil, never as a different value; exact numbers stay exact")
    func neverADifferentValue() throws {
        let items = try DecodingLog.record {
            try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: Data(DriftShapes.assetPage.utf8))
        }.0.items
        func item(_ json: String) throws -> IIQAsset {
            try #require(
                items.first { $0.assetTag == "T\(DriftShapes.assetFields.firstIndex { $0.json == json } ?? -1)" })
        }
        #expect(try item(#""CreatedDate":"""#).createdDate == nil)
        #expect(
            try item(#""WarrantyExpirationDate":{"Year":100000000000000000,"Month":1,"Day":1}"#).warrantyExpirationDate
                == nil)
        #expect(try item(#""OwnerId":"{3FA85F64-5717-4562-B3FC-2C963F66AFA6}""#).ownerID == nil)
        #expect(try item(#""LinkedAssetIds":[null]"#).linkedAssetIDs == nil)
        #expect(try item(#""Location":{"Name":"No id here"}"#).location == nil)
        #expect(try item(#""PurchasePrice":1e400"#).purchasePrice == nil)
        #expect(try item(#""PurchasePrice":1e-400"#).purchasePrice == nil)
        #expect(try item(#""Meta":{"x":1e400}"#).meta == nil)
        #expect(try item(#""StorageUnitNumber":123456789012345678901234"#).storageUnitNumber == nil)
        #expect(try item(#""OpenTickets":9007199254740993.0"#).openTickets == 9_007_199_254_740_993)
        #expect(try item(#""OpenTickets":"42""#).openTickets == 42)
        let inner = try item(
            #""Location":{"LocationId":"\#(DriftShapes.goodID)","CreatedDate":"","Name":"Inner drift"}"#)
        #expect(inner.location?.name == "Inner drift" && inner.location?.createdDate == nil)
        let latitude = try item(
            #""Location":{"LocationId":"\#(DriftShapes.goodID)","Address":{"Latitude":"12.5"}}"#)
        #expect(latitude.location?.id.description == DriftShapes.goodID && latitude.location?.address?.latitude == nil)
    }

    @Test("Tickets: a string where an object belongs and an object where an array belongs read as nil")
    func ticketShapes() throws {
        let json = #"""
            {"Items":[{"TicketId":"\#(DriftShapes.id(1))","Subject":"a","WorkflowStep":"New","Assets":{}},
            {"TicketId":"\#(DriftShapes.id(2))","Subject":"b","Location":"Main","Tags":[null]}]}
            """#
        let (envelope, log) = try DecodingLog.record {
            try IIQJSON.decode(ListEnvelope<IIQTicket>.self, from: Data(json.utf8))
        }
        #expect(envelope.items.map(\.subject) == ["a", "b"])
        try #require(envelope.items.count == 2)
        #expect(envelope.items[0].workflowStep == nil && envelope.items[0].assets == nil)
        #expect(
            log.drifts.map(\.codingPath) == [
                "Items[0].Assets", "Items[0].WorkflowStep", "Items[1].Location", "Items[1].Tags",
            ])
        #expect(log.skipped.isEmpty)
    }

    @Test("A skipped record reports the id it has when the failure is elsewhere")
    func skippedWithID() throws {
        let json = #"{"Items":[{"AssetId":"not-a-guid"},{"AssetId":"\#(DriftShapes.goodID)"},42,null]}"#
        let (envelope, log) = try DecodingLog.record {
            try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: Data(json.utf8))
        }
        #expect(envelope.items.map(\.id.description) == [DriftShapes.goodID])
        #expect(log.skipped.map(\.position) == [0, 2, 3])
        #expect(log.skipped.map(\.id) == ["not-a-guid", nil, nil])
        #expect(log.skipped.map(\.problem) == ["not a valid value", "wrong type", "null value"])
    }

    @Test("Without a log in scope a bad record still fails the decode, as before")
    func noScopeNoSkip() {
        #expect(throws: DecodingError.self) {
            try IIQJSON.decode(ListEnvelope<IIQAsset>.self, from: Data(#"{"Items":[{"AssetTag":"x"}]}"#.utf8))
        }
    }

    // MARK: Through the client

    static func page(_ items: [String], index: Int = 0, pageCount: Int = 1) -> IIQHTTPResponse {
        .json(
            #"{"Items":["# + items.joined(separator: ",")
                + #"],"Paging":{"TotalRows":99,"PageCount":\#(pageCount),"PageIndex":\#(index)}}"#)
    }

    @Test("A walk goes on past skipped records: page.skipped, the summary and the log hook all report them")
    func walkReports() async throws {
        let logs = LogCollector()
        let mock = MockTransport(responses: [
            Self.page(
                [#"{"AssetTag":"lost"}"#, #"{"AssetId":"\#(DriftShapes.id(1))","CreatedDate":""}"#], index: 0,
                pageCount: 3),
            // Every record of this page is skipped: the walk must not take it for the end.
            Self.page([#"{"AssetTag":"lost too"}"#], index: 1, pageCount: 3),
            Self.page([#"{"AssetId":"\#(DriftShapes.id(3))"}"#], index: 2, pageCount: 3),
        ])
        let client = try Fixture.client(mock, logHandler: logs.handler)
        let summary = IIQWalkSummary()
        var pages: [IIQPage<IIQAsset>] = []
        for try await page in client.assets.search().prefetching(false).summarized(into: summary).pages {
            pages.append(page)
        }
        #expect(pages.map(\.items.count) == [1, 0, 1])
        #expect(pages[0].skipped.map(\.position) == [0] && pages[0].skipped.first?.pageIndex == 0)
        #expect(pages[0].drifts.map(\.codingPath) == ["Items[1].CreatedDate"] && pages[0].drifts.first?.pageIndex == 0)
        #expect(pages[1].skipped.first?.pageIndex == 1)
        #expect(summary.pages == 3 && summary.items == 2 && summary.skipped.count == 2 && summary.drifts.count == 1)
        let reports = logs.records.filter { !$0.skippedRecords.isEmpty || !$0.fieldDrifts.isEmpty }
        #expect(reports.map(\.skippedRecords.count) == [1, 1])
        #expect(reports.map(\.fieldDrifts.count) == [1, 0])
        #expect(reports.first?.description.contains("1 records skipped, 1 fields read as nil") == true)
    }

    @Test("Pages that arrive out of order are reported in page order: pages, summary and log hook")
    func parallelReportsInOrder() async throws {
        let logs = LogCollector()
        // Later pages answer first, and each page has one record that cannot be read.
        let mock = MockTransport { request in
            let index = Int(request.queryValue("$p") ?? "") ?? 0
            try await Task.sleep(for: .milliseconds(10 * (8 - index)))
            return Self.page(
                [#"{"AssetTag":"lost \#(index)"}"#, #"{"AssetId":"\#(DriftShapes.id(index + 1))"}"#], index: index,
                pageCount: 8)
        }
        let client = try Fixture.client(mock, logHandler: logs.handler)
        let summary = IIQWalkSummary()
        var pages: [Int] = []
        for try await page in client.assets.search(IIQAssetQuery(pageSize: 2)).summarized(into: summary).pages {
            pages.append(page.pageIndex)
            #expect(page.skipped.map(\.pageIndex) == [page.pageIndex])
        }
        #expect(pages == Array(0..<8))
        #expect(summary.skipped.map(\.pageIndex) == Array(0..<8))
        let reported = logs.records.flatMap(\.skippedRecords).map(\.pageIndex)
        #expect(reported == Array(0..<8))
    }

    @Test("Strict mode, per client or per call, turns a skip back into an error; strictFields also a drift")
    func strictMode() async throws {
        let bad = Self.page([#"{"AssetTag":"lost"}"#, #"{"AssetId":"\#(DriftShapes.id(1))"}"#])
        let drifted = Self.page([#"{"AssetId":"\#(DriftShapes.id(1))","CreatedDate":""}"#])
        // Per call.
        let mock = MockTransport(responses: [bad, bad, drifted, drifted])
        let client = try Fixture.client(mock)
        let error = await captureError { try await client.assets.search(options: .init(decodingPolicy: .strict)).all() }
        guard case .decoding(let failure) = error?.detail else {
            Issue.record("expected a decoding error, got \(String(describing: error))")
            return
        }
        #expect(failure.codingPath == "Items[0].AssetId" && failure.problem == "missing key AssetId")
        #expect(try await client.assets.search().all().count == 1)
        #expect(try await client.assets.search(options: .init(decodingPolicy: .strict)).all().count == 1)
        let fieldError = await captureError {
            try await client.assets.search(options: .init(decodingPolicy: .strictFields)).all()
        }
        guard case .decoding(let fieldFailure) = fieldError?.detail else {
            Issue.record("expected a decoding error")
            return
        }
        #expect(fieldFailure.codingPath == "Items[0].CreatedDate" && fieldFailure.expectedType == "Date")
        // Per client.
        var configuration = try IIQConfiguration(token: Fixture.token)
        configuration.decodingPolicy = .strict
        let strictClient = try IIQClient(configuration: configuration, transport: MockTransport(responses: [bad]))
        #expect(
            await captureError { try await strictClient.assets.search().all() }.map {
                if case .decoding = $0 { true } else { false }
            } == true)
    }

    @Test("get(id) fills a missing or unreadable id from the request and reports the fill")
    func getFillsID() async throws {
        let logs = LogCollector()
        let id = try #require(IIQTicket.ID(DriftShapes.goodID))
        let mock = MockTransport(responses: [
            .json(#"{"Item":{"Subject":"no id","Location":{"Name":"no LocationId"}}}"#),
            .json(#"{"Item":{"TicketId":"","Subject":"empty id"}}"#),
        ])
        let client = try Fixture.client(mock, logHandler: logs.handler)
        let ticket = try await client.tickets.get(id)
        #expect(ticket.id == id && ticket.subject == "no id" && ticket.location == nil)
        #expect(try await client.tickets.get(id).subject == "empty id")
        let drifts = logs.records.flatMap(\.fieldDrifts)
        #expect(drifts.map(\.codingPath) == ["Item.TicketId", "Item.Location", "Item.TicketId"])
        #expect(drifts.first?.problem == "missing key TicketId, filled from the request")
    }
}
