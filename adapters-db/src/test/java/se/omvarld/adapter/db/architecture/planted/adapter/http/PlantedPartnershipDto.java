package se.omvarld.adapter.db.architecture.planted.adapter.http;

/** An http adapter DTO for a planted repository to depend on, wrongly. */
public record PlantedPartnershipDto(String id) {
}
