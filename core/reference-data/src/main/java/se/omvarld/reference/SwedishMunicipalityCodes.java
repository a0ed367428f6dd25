package se.omvarld.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.twintown.SwedishMunicipalities;

/**
 * Sweden's 290 municipalities with their codes, from SCB's list of municipality codes (kommunkoder): the file
 * {@value #FILE}, {@code code,name} a line.
 */
public final class SwedishMunicipalityCodes {

    /** The shipped file, relative to this package on the classpath. */
    public static final String FILE = "municipalities/kommunkoder.csv";
    /** The header line the file starts with. */
    public static final String HEADER = "code,name";

    private SwedishMunicipalityCodes() {
    }

    /** The municipalities of the shipped file; each call reads it anew (290 short lines). */
    public static SwedishMunicipalities shipped() {
        return Lines.shipped(SwedishMunicipalityCodes.class, FILE, (file, reader) -> {
            List<Lines.Line> lines = Lines.of(file, reader);
            checkArgument(lines.get(0).text().equals(HEADER), "%s does not start with %s", file, HEADER);
            Map<MunicipalityCode, String> names = new LinkedHashMap<>();
            for (Lines.Line line : lines.subList(1, lines.size())) {
                String[] fields = line.text().split(",", -1);
                checkArgument(fields.length == 2, "%s line %s is not code,name", file, line.number());
                checkArgument(names.put(MunicipalityCode.of(fields[0]), fields[1]) == null,
                        "%s line %s repeats the code %s", file, line.number(), fields[0]);
            }
            return SwedishMunicipalities.of(names);
        });
    }
}
