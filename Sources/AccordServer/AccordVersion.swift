/// The version `accord --version` prints and `/health` reports.
public enum AccordVersion {
    public static let current = "0.1.0"
}
