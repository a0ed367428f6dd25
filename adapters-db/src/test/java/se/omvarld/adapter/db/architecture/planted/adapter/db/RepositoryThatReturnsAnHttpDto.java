package se.omvarld.adapter.db.architecture.planted.adapter.db;

import se.omvarld.adapter.db.architecture.planted.adapter.http.PlantedPartnershipDto;

/** Offends rule 4a: a repository that hands the http adapter's DTO upward instead of a domain type. */
public final class RepositoryThatReturnsAnHttpDto {

    public PlantedPartnershipDto load(String id) {
        return new PlantedPartnershipDto(id);
    }
}
