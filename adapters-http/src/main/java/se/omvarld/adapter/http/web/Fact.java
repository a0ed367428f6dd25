package se.omvarld.adapter.http.web;

/** A label and its value, as a record's page lists its details ({@code <dt>} and {@code <dd>}). */
public record Fact(String label, String value) {
}
