package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import se.omvarld.domain.obligation.ObligationKeys;

/**
 * How committees and units get their stable ids: once, from their first name, by {@link ObligationKeys#slug}
 * ("Barn- och skolnämnden" → {@code barn-och-skolnamnden}, "Barn &amp; Skola" → {@code barn-skola}). Where two names
 * give the same slug ("Miljönämnden", "Miljonämnden"), an id gets '-' and a short hash of its exact name.
 */
final class StableIds {

    private static final int HASH_LENGTH = 8;

    private StableIds() {
    }

    /**
     * The ids of {@code names} (stripped, distinct), in their order. Each name whose slug another name shares gets
     * the hash, so the ids stay apart whatever the order the names come in.
     */
    static ImmutableList<String> of(List<String> names, int maxLength) {
        checkNotNull(names, "names are required");
        ImmutableListMultimap<String, String> bySlug = Multimaps.index(names.iterator(), ObligationKeys::slug);
        return names.stream().map(name -> {
            String slug = ObligationKeys.slug(name);
            return bySlug.get(slug).size() > 1 ? disambiguated(slug, name, maxLength) : slug;
        }).collect(ImmutableList.toImmutableList());
    }

    /** The id of a newcomer called {@code name}: its slug, or, where {@code taken} holds that slug, with the hash. */
    static String of(String name, Collection<String> taken, int maxLength) {
        String slug = ObligationKeys.slug(name);
        return taken.contains(slug) ? disambiguated(slug, name, maxLength) : slug;
    }

    private static String disambiguated(String slug, String name, int maxLength) {
        String hash = Hashing.sha256().hashString(name, StandardCharsets.UTF_8).toString().substring(0, HASH_LENGTH);
        int max = maxLength - HASH_LENGTH - 1;
        return (slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-+$", "")) + "-" + hash;
    }
}
