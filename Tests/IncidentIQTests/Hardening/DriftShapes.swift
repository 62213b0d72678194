import Foundation

/// Every drift shape issue 15 lists, one per asset record, each with the one coding path its drift
/// must be reported at. Shared by the tests and written to the differential fuzz corpus.
enum DriftShapes {
    static let goodID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

    /// `(the record's extra keys as JSON, the drift's path below the record, or nil for none)`.
    static let assetFields: [(json: String, path: String?)] = [
        (#""CreatedDate":"""#, "CreatedDate"),
        (#""ModifiedDate":12345"#, "ModifiedDate"),
        (#""PurchasedDate":"/Date(1234567890000)/""#, "PurchasedDate"),
        (#""DeployedDate":"2021-02-30T00:00:00""#, "DeployedDate"),
        (#""RetiredDate":"2021-01-01T00:00:00.1234567891""#, "RetiredDate"),
        (#""WarrantyExpirationDate":{"Year":100000000000000000,"Month":1,"Day":1}"#, "WarrantyExpirationDate"),
        (#""InsuranceExpirationDate":{"Year":1e30,"Month":1,"Day":1}"#, "InsuranceExpirationDate"),
        (#""ModelId":"""#, "ModelId"),
        (#""OwnerId":"{3FA85F64-5717-4562-B3FC-2C963F66AFA6}""#, "OwnerId"),
        (#""LocationId":""# + String(repeating: "a", count: 10_000) + #"""#, "LocationId"),
        (#""AssetAuditPolicyId":"not-a-guid""#, "AssetAuditPolicyId"),
        (#""LinkedAssetIds":{}"#, "LinkedAssetIds"),
        (#""LinkedAssetIds":[null]"#, "LinkedAssetIds"),
        (#""Location":"Main""#, "Location"),
        (#""Location":{"Name":"No id here"}"#, "Location"),
        (#""Model":"Chromebook""#, "Model"),
        (#""PurchasePrice":1e400"#, "PurchasePrice"),
        (#""PurchasePrice":-1e400"#, "PurchasePrice"),
        (#""PurchasePrice":1e-400"#, "PurchasePrice"),
        (#""PurchasePrice":"NaN""#, "PurchasePrice"),
        (#""OpenTickets":1.5"#, "OpenTickets"),
        (#""OpenTickets":1e-400"#, "OpenTickets"),
        (#""OpenTickets":99999999999999999999"#, "OpenTickets"),
        (#""Meta":{"x":1e400}"#, "Meta"),
        (#""StorageUnitNumber":123456789012345678901234"#, "StorageUnitNumber"),
        (#""StorageUnitNumber":1.5"#, "StorageUnitNumber"),
        (#""IsDeleted":"maybe""#, "IsDeleted"),
        (#""Location":{"LocationId":"\#(goodID)","Address":{"Latitude":"12.5"}}"#, "Location.Address.Latitude"),
        (#""Location":{"LocationId":"\#(goodID)","Address":{"Longitude":1e400}}"#, "Location.Address.Longitude"),
        (
            #""Location":{"LocationId":"\#(goodID)","Address":{"Latitude":1234567890123456789012345678901234567890}}"#,
            "Location.Address.Latitude"
        ),
        (#""Location":{"LocationId":"\#(goodID)","CreatedDate":"","Name":"Inner drift"}"#, "Location.CreatedDate"),
        (#""Owner":{"UserId":"\#(goodID)","Name":{"First":"A"}}"#, "Owner.Name"),
        (#""OpenTickets":9007199254740993.0"#, nil),
        (#""OpenTickets":"42""#, nil),
    ]

    /// One record per shape, then one without its id, then a clean one.
    static var assetPage: String {
        var items = assetFields.enumerated().map { index, field in
            #"{"AssetId":"\#(id(index))","AssetTag":"T\#(index)",\#(field.json)}"#
        }
        items.append(#"{"AssetTag":"no id","CreatedDate":""}"#)
        items.append(#"{"AssetId":"\#(id(assetFields.count + 1))","AssetTag":"clean"}"#)
        return #"{"Items":["# + items.joined(separator: ",")
            + #"],"Paging":{"TotalRows":\#(items.count),"PageCount":1}}"#
    }

    /// A distinct GUID per record.
    static func id(_ index: Int) -> String {
        let suffix = String(index, radix: 16)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - suffix.count) + suffix
    }
}
