import Foundation
import IncidentIQ

extension IIQHTTPResponse {
    /// A JSON response with `Content-Type: application/json; charset=utf-8`.
    public static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> IIQHTTPResponse {
        json(Data(text.utf8), status: status, headers: headers)
    }

    /// A JSON response from raw bytes.
    public static func json(_ body: Data, status: Int = 200, headers: [(String, String)] = []) -> IIQHTTPResponse {
        var fields = IIQHTTPHeaders([("Content-Type", "application/json; charset=utf-8")])
        for (name, value) in headers { fields.add(name: name, value: value) }
        return IIQHTTPResponse(status: status, headers: fields, body: body)
    }

    /// A JSON response holding any JSON-serializable value (dictionaries, arrays, strings, numbers).
    public static func json(object: Any, status: Int = 200, headers: [(String, String)] = []) -> IIQHTTPResponse {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return json(body, status: status, headers: headers)
    }

    /// An IIQ list envelope: `Items`, and a `Paging` block unless `paging` is `false`.
    ///
    /// - Parameters:
    ///   - items: The items, as JSON-serializable dictionaries.
    ///   - pageIndex: The zero-based page index.
    ///   - pageSize: The page size asked for.
    ///   - totalRows: The total across all pages.
    ///   - paging: Whether to include `Paging`; without it only `ItemCount` is sent, as some live routes do.
    public static func listEnvelope(
        items: [[String: Any]], pageIndex: Int = 0, pageSize: Int = 100, totalRows: Int? = nil, paging: Bool = true
    ) -> IIQHTTPResponse {
        let total = totalRows ?? items.count
        var object: [String: Any] = ["Items": items, "ItemCount": items.count, "StatusCode": 200]
        if paging {
            object["Paging"] = [
                "TotalRows": total, "PageCount": pageSize > 0 ? (total + pageSize - 1) / pageSize : 0,
                "PageSize": pageSize, "PageIndex": pageIndex,
            ]
        }
        return json(object: object)
    }

    /// An IIQ single-item envelope: `{"Item": item}`.
    public static func itemEnvelope(_ item: [String: Any], status: Int = 200) -> IIQHTTPResponse {
        json(object: ["Item": item, "StatusCode": status], status: status)
    }

    /// An IIQ action envelope with no item, as close, cancel and delete return.
    public static func actionEnvelope() -> IIQHTTPResponse {
        json(object: ["StatusCode": 200, "Message": NSNull()])
    }

    /// An HTML page, as IIS or a proxy sends on errors.
    public static func html(_ text: String = "<html><body><h1>502 Bad Gateway</h1></body></html>", status: Int)
        -> IIQHTTPResponse
    {
        IIQHTTPResponse(
            status: status, headers: IIQHTTPHeaders([("Content-Type", "text/html; charset=utf-8")]),
            body: Data(text.utf8))
    }

    /// A response with no body.
    public static func empty(status: Int = 200, headers: [(String, String)] = []) -> IIQHTTPResponse {
        IIQHTTPResponse(status: status, headers: IIQHTTPHeaders(headers))
    }
}
