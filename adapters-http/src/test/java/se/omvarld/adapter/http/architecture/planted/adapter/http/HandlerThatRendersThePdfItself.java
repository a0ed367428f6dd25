package se.omvarld.adapter.http.architecture.planted.adapter.http;

import se.omvarld.adapter.http.architecture.planted.adapter.report.PlantedPdfRenderer;

/** Offends rule 4a: a handler that calls the report adapter directly instead of a use case and its port. */
public final class HandlerThatRendersThePdfItself {

    public byte[] handle(String id) {
        return new PlantedPdfRenderer().render(id);
    }
}
