package se.omvarld.adapter.report.architecture.planted.adapter.report;

import se.omvarld.adapter.report.architecture.planted.service.PlantedServiceSettings;

/** Offends rule 4b: an adapter that reaches back into the composition root for its settings. */
public final class RendererThatReadsTheServiceSettings {

    public String fontDirectory() {
        return PlantedServiceSettings.fontDirectory();
    }
}
