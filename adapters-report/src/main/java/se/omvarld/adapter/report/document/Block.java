package se.omvarld.adapter.report.document;

/** What a section holds, in reading order. */
public sealed interface Block permits Paragraph, Table, Chart {
}
