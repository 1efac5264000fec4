/**
 * The agency's listings: properties with RESO Data Dictionary fields, created one by one or imported in bulk
 * (CSV or RESO Web API JSON, streamed by a background job), and searched by the staff dashboard and, through
 * {@link ai.seiketsu.listings.Listings}, by the voice agent. Uses only {@code shared} and {@code tenancy}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package ai.seiketsu.listings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
