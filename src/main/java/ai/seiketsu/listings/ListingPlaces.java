package ai.seiketsu.listings;

import java.util.List;

/** The cities and postal codes a tenant's listings name, each once. */
public record ListingPlaces(List<String> cities, List<String> postalCodes) {

    public ListingPlaces {
        cities = List.copyOf(cities);
        postalCodes = List.copyOf(postalCodes);
    }
}
