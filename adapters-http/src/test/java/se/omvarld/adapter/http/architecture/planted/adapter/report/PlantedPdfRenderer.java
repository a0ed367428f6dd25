package se.omvarld.adapter.http.architecture.planted.adapter.report;

import java.nio.charset.StandardCharsets;

/** A report adapter class for a planted handler to depend on, wrongly. */
public class PlantedPdfRenderer {

    public byte[] render(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
