package org.plinth.bcf;

/** A BCF-XML version as written in {@code bcf.version}. 2.0 is read (with the 2.1 rules plus 2.0's flat component list), never written. */
public enum BcfVersion {
    V2_0("2.0"),
    V2_1("2.1"),
    V3_0("3.0");

    private final String versionId;

    BcfVersion(String versionId) {
        this.versionId = versionId;
    }

    /** The {@code VersionId} attribute value, e.g. {@code "2.1"}. */
    public String versionId() {
        return versionId;
    }

    /** True for 2.0 and 2.1, which share one markup layout. */
    public boolean isV2() {
        return this != V3_0;
    }
}
