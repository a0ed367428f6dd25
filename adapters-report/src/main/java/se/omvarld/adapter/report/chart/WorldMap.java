package se.omvarld.adapter.report.chart;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The world's countries as outlines, read once from {@code world-map.tsv} (Natural Earth, public domain; see the
 * NOTICE beside it): the map charts shade those whose ISO 3166-1 alpha-2 code carries a value.
 */
final class WorldMap {

    /** One country, or one area without a code ({@code "-"}), with the centre and largest side of its box. */
    record Country(String code, double centreX, double centreY, double size, String outline) {
    }

    private static final String RESOURCE = "/se/omvarld/adapter/report/chart/world-map.tsv";
    private static final WorldMap WORLD = read();

    private final double width;
    private final double height;
    private final ImmutableList<Country> countries;

    private WorldMap(double width, double height, ImmutableList<Country> countries) {
        this.width = width;
        this.height = height;
        this.countries = countries;
    }

    static WorldMap world() {
        return WORLD;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    ImmutableList<Country> countries() {
        return countries;
    }

    private static WorldMap read() {
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            checkState(in != null, "the report module ships no %s", RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            double width = 0;
            double height = 0;
            ImmutableList.Builder<Country> countries = ImmutableList.builder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                if (line.startsWith("# box")) {
                    width = Double.parseDouble(fields[1]);
                    height = Double.parseDouble(fields[2]);
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    checkState(fields.length == 4, "%s has a line of %s fields", RESOURCE, fields.length);
                    String[] centre = fields[1].split(",");
                    countries.add(new Country(fields[0], Double.parseDouble(centre[0]),
                            Double.parseDouble(centre[1]), Double.parseDouble(fields[2]), fields[3]));
                }
            }
            checkState(width > 0 && height > 0, "%s names no box", RESOURCE);
            return new WorldMap(width, height, countries.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
