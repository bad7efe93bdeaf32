package org.plinth.bcf;

/** Formats BCF allows for snapshots and bitmaps. */
public enum ImageFormat {
    PNG("png"),
    JPEG("jpg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** File extension without the dot, also the 3.0 bitmap {@code Format} value. */
    public String extension() {
        return extension;
    }

    /** By magic bytes first (the reliable signal), then by file name; PNG when neither tells. */
    static ImageFormat detect(byte[] bytes, String fileName) {
        ImageFormat sniffed = sniff(bytes);
        if (sniffed != null) {
            return sniffed;
        }
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? JPEG : PNG;
    }

    /**
     * The format the bytes really have (PNG or JPEG signature), empty for anything else: what a server checks
     * before storing an uploaded snapshot or bitmap.
     */
    public static java.util.Optional<ImageFormat> ofContent(BinaryContent content) {
        return java.util.Optional.ofNullable(sniff(content.bytes()));
    }

    /** By magic bytes only; null when the bytes are neither PNG nor JPEG. */
    static ImageFormat sniff(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return PNG;
        }
        return null;
    }

    /** Parses a 2.1 ({@code PNG}/{@code JPG}) or 3.0 ({@code png}/{@code jpg}) bitmap format value; null when unknown. */
    static ImageFormat fromBitmapFormat(String value) {
        String v = value.trim();
        if (v.equalsIgnoreCase("png")) {
            return PNG;
        }
        if (v.equalsIgnoreCase("jpg") || v.equalsIgnoreCase("jpeg")) {
            return JPEG;
        }
        return null;
    }
}
