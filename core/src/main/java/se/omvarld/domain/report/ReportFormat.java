package se.omvarld.domain.report;

/**
 * The formats a report is written in. {@link #CSV} is RFC 4180 in UTF-8; {@link #CSV_EXCEL} is the variant Swedish
 * Excel opens as it is: semicolons and a byte-order mark.
 */
public enum ReportFormat {
    HTML("text/html; charset=utf-8", "html"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=utf-8", "csv"),
    CSV_EXCEL("text/csv; charset=utf-8", "csv");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The {@code Content-Type} a download of this format carries. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
