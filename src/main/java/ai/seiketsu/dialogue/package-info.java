/**
 * The brain: understanding what callers say (intents, amounts, rooms, places, timelines, phone numbers, e-mail
 * addresses, dates and times), the guided dialogue that qualifies, informs from the agency's own data and books,
 * and the fair-housing guard on every reply. The same brain answers on every channel (phone, browser voice,
 * website chat, the text API). Facts come only from the tenant's data through the other modules' APIs.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "identity", "agents", "listings", "leads",
        "scheduling", "conversations", "pipeline" })
package ai.seiketsu.dialogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
