/// How IIQ edits and stores a custom field (`EditorType`/`EditorTypeId`, an integer).
///
/// An open set: IIQ adds editor types (apps bring their own), and a type the SDK does not name is
/// kept as its raw value, never a decoding failure. ``isComplex`` tells which types keep their
/// value in `ComplexValue` or as JSON text rather than as a plain string.
public struct IIQCustomFieldEditorType: IIQOpenEnumeration {
    /// The value as IIQ sends it.
    public let rawValue: Int
    /// Wraps any value, known or not.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `0`: no editor.
    public static let none = Self(rawValue: 0)
    /// `1`: one line of text.
    public static let text = Self(rawValue: 1)
    /// `2`: several lines of text.
    public static let multilineText = Self(rawValue: 2)
    /// `3`: formatted text.
    public static let richText = Self(rawValue: 3)
    /// `4`: a number, sent as text.
    public static let number = Self(rawValue: 4)
    /// `5`: a range of numbers.
    public static let numberRange = Self(rawValue: 5)
    /// `6`: a date.
    public static let date = Self(rawValue: 6)
    /// `7`: a range of dates.
    public static let dateRange = Self(rawValue: 7)
    /// `8`: a switch, `true` or `false`.
    public static let onOff = Self(rawValue: 8)
    /// `9`: one choice from the field's options.
    public static let select = Self(rawValue: 9)
    /// `10`: several choices from the field's options.
    public static let multiSelect = Self(rawValue: 10)
    /// `11`: an email address.
    public static let email = Self(rawValue: 11)
    /// `12`: a phone number.
    public static let phone = Self(rawValue: 12)
    /// `13`: a postal address.
    public static let address = Self(rawValue: 13)
    /// `14`: an uploaded file.
    public static let fileUpload = Self(rawValue: 14)
    /// `18`: an IP address.
    public static let ipAddress = Self(rawValue: 18)
    /// `21`: an Incident IQ user.
    public static let user = Self(rawValue: 21)
    /// `22`: an Incident IQ location.
    public static let location = Self(rawValue: 22)
    /// `23`: an Incident IQ asset.
    public static let asset = Self(rawValue: 23)
    /// `24`: an Incident IQ ticket.
    public static let ticket = Self(rawValue: 24)
    /// `29`: an asset model.
    public static let model = Self(rawValue: 29)
    /// `31`: an asset status.
    public static let assetStatus = Self(rawValue: 31)
    /// `32`: an agent.
    public static let agent = Self(rawValue: 32)
    /// `33`: a team.
    public static let team = Self(rawValue: 33)

    /// The types the published spec lists, 0 through 34; anything else came from an app or a newer IIQ.
    public var isKnown: Bool { (0...34).contains(rawValue) }

    /// Whether values of this type are structured rather than one string: ranges, addresses,
    /// files, schedules, and every type the spec does not list (app types such as device data).
    /// Their values are kept whole, in ``IIQCustomFieldValue/complexValue`` and as text.
    public var isComplex: Bool {
        switch rawValue {
        case 5, 7, 13, 14, 15: true
        default: !isKnown
        }
    }
}
