package se.omvarld.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.PolicyProfileFile;
import se.omvarld.domain.policy.PolicyProfiles;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Profiles;

/**
 * The four shipped profiles, overridden or joined by a municipality's own: every {@code *.properties} file in a
 * folder, read as UTF-8 by {@link PolicyProfileFile}. No recompiling to add a fifth municipality.
 */
final class ConfiguredProfiles implements Profiles {

    private final ImmutableMap<MunicipalityCode, PolicyProfile> profiles;

    private ConfiguredProfiles(Map<MunicipalityCode, PolicyProfile> profiles) {
        this.profiles = ImmutableMap.copyOf(profiles);
    }

    static ConfiguredProfiles shippedOnly() {
        return new ConfiguredProfiles(PolicyProfiles.all().stream()
                .collect(Collectors.toMap(PolicyProfile::municipality, p -> p)));
    }

    /** The shipped profiles plus those in {@code folder}; a bad file fails with its name and the reason. */
    static ConfiguredProfiles withFolder(Path folder) {
        checkNotNull(folder, "folder is required");
        Map<MunicipalityCode, PolicyProfile> all = new HashMap<>(shippedOnly().profiles);
        for (Path file : propertiesFiles(folder)) {
            PolicyProfile profile;
            try {
                profile = read(file);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("policy profile " + file + ": " + e.getMessage(), e);
            }
            all.put(profile.municipality(), profile);
        }
        return new ConfiguredProfiles(all);
    }

    private static List<Path> propertiesFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list policy profiles in " + folder, e);
        }
    }

    private static PolicyProfile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PolicyProfileFile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy profile " + file, e);
        }
    }

    @Override
    public Optional<PolicyProfile> of(MunicipalityCode municipality) {
        return Optional.ofNullable(profiles.get(municipality));
    }
}
