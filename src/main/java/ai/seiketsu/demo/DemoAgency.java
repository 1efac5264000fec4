package ai.seiketsu.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.seiketsu.identity.Accounts;
import ai.seiketsu.identity.Passwords;
import ai.seiketsu.identity.Role;
import ai.seiketsu.leads.Financing;
import ai.seiketsu.leads.Intent;
import ai.seiketsu.leads.LeadDetails;
import ai.seiketsu.leads.LeadStage;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.leads.PropertyType;
import ai.seiketsu.leads.Timeline;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.provisioning.ProvisionedTenant;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.provisioning.ProvisioningRequest;
import ai.seiketsu.scheduling.Availability.Window;
import ai.seiketsu.scheduling.Scheduling;
import ai.seiketsu.shared.EmailAddress;
import ai.seiketsu.shared.ProblemException;
import ai.seiketsu.tenancy.Plan;
import ai.seiketsu.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Loads the demo agency "Demo Realty" once: 300 listings across Austin, Dallas and Houston, three team members
 * (owner and two agents, weekdays 9-17), a lead in every pipeline stage, and the default voice agent. Registered
 * only when {@code seiketsu.demo.enabled} is true ({@link DemoConfiguration}); a second start finds the agency and
 * leaves it alone.
 */
public class DemoAgency {

    static final String SLUG = "demo-realty";
    static final String PASSWORD = "demo realty pass phrase";
    static final List<String> CITIES = List.of("Austin", "Dallas", "Houston");
    private static final Logger log = LoggerFactory.getLogger(DemoAgency.class);

    private final Provisioning provisioning;
    private final Accounts accounts;
    private final Passwords passwords;
    private final Listings listings;
    private final Leads leads;
    private final Scheduling scheduling;

    DemoAgency(Provisioning provisioning, Accounts accounts, Passwords passwords, Listings listings, Leads leads,
            Scheduling scheduling) {
        this.provisioning = provisioning;
        this.accounts = accounts;
        this.passwords = passwords;
        this.listings = listings;
        this.leads = leads;
        this.scheduling = scheduling;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        load();
    }

    /** Creates the demo agency unless it exists; answers whether it did. */
    boolean load() {
        ProvisionedTenant agency;
        try {
            agency = provisioning.provision(new ProvisioningRequest("Demo Realty", SLUG, Plan.PROFESSIONAL,
                    "America/Chicago", new ProvisioningRequest.Owner("owner@demo-realty.example", "Olivia Owner",
                    PASSWORD)));
        } catch (ProblemException e) {
            if ("SLUG_TAKEN".equals(e.code())) {
                return false;
            }
            throw e;
        }
        TenantContext.run(agency.tenant().id(), () -> fill(agency.owner().id()));
        log.info("Demo agency loaded: sign in as owner@demo-realty.example, ava@demo-realty.example or "
                + "ben@demo-realty.example with the password \"{}\"", PASSWORD);
        return true;
    }

    private void fill(UUID owner) {
        List<UUID> team = new ArrayList<>(List.of(owner));
        team.add(member("ava@demo-realty.example", "Ava Agent"));
        team.add(member("ben@demo-realty.example", "Ben Broker"));
        List<Window> weekdays = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekdays.add(new Window(day, "09:00", "17:00"));
        }
        team.forEach(member -> scheduling.setAvailability(member, new ArrayList<>(weekdays), List.of(), 15));
        for (int i = 1; i <= 300; i++) {
            listings.create(listing(i));
        }
        int n = 0;
        for (LeadStage stage : LeadStage.values()) {
            // early-stage leads know little yet (a score of 70 would qualify them on its own)
            boolean early = stage == LeadStage.NEW || stage == LeadStage.CONTACTED;
            UUID lead = leads.create(early ? firstContact(n++) : lead(n++)).lead().id();
            moveTo(lead, stage);
        }
    }

    private UUID member(String email, String name) {
        return accounts.enrol(new EmailAddress(email), name, passwords.hash(PASSWORD), Role.AGENT).userId();
    }

    private void moveTo(UUID lead, LeadStage stage) {
        LeadStage current = leads.find(lead).orElseThrow().stage();
        if (current == stage) {
            return;
        }
        if (stage == LeadStage.CLOSED_WON) {
            leads.moveStage(lead, LeadStage.UNDER_CONTRACT);
        }
        leads.moveStage(lead, stage);
    }

    private static Map<String, Object> listing(int i) {
        String city = CITIES.get(i % CITIES.size());
        String[] subTypes = {"Single Family Residence", "Condominium", "Townhouse", "Single Family Residence",
                "Duplex"};
        String[] remarks = {"Renovated kitchen, quartz counters and a big yard.", "Walk to parks and good schools.",
                "Two-car garage, quiet cul-de-sac, new roof.", "Pool and covered patio, pets welcome.",
                "Open floor plan with high ceilings and lots of light."};
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ListingKey", "DEMO-" + i);
        fields.put("StandardStatus", i % 9 == 0 ? "Pending" : "Active");
        fields.put("PropertyType", i % 13 == 0 ? "Residential Lease" : "Residential");
        fields.put("PropertySubType", subTypes[i % subTypes.length]);
        fields.put("ListPrice", i % 13 == 0 ? BigDecimal.valueOf(1_800 + (i * 37) % 2_400)
                : BigDecimal.valueOf(240_000 + (i * 7_919L) % 760_000));
        fields.put("BedroomsTotal", 1 + i % 5);
        fields.put("BathroomsTotalInteger", 1 + i % 3);
        fields.put("LivingArea", BigDecimal.valueOf(900 + (i * 53) % 2_800));
        fields.put("YearBuilt", 1965 + i % 58);
        fields.put("GarageSpaces", BigDecimal.valueOf(i % 3));
        fields.put("StreetNumber", String.valueOf(100 + i * 7));
        fields.put("StreetName", List.of("Oak", "Maple", "Cedar", "Elm", "Pecan").get(i % 5) + " Street");
        fields.put("UnparsedAddress", (100 + i * 7) + " " + List.of("Oak", "Maple", "Cedar", "Elm", "Pecan")
                .get(i % 5) + " Street");
        fields.put("City", city);
        fields.put("StateOrProvince", "TX");
        fields.put("PostalCode", switch (city) {
            case "Austin" -> "787" + String.format("%02d", i % 50);
            case "Dallas" -> "752" + String.format("%02d", i % 50);
            default -> "770" + String.format("%02d", i % 50);
        });
        fields.put("PublicRemarks", remarks[i % remarks.length]);
        fields.put("AssociationFee", i % 4 == 0 ? BigDecimal.valueOf(150 + i % 200) : null);
        return fields;
    }

    private static LeadDetails firstContact(int n) {
        return new LeadDetails("Lee" + n, "Caller", "+1512555" + String.format("%04d", 200 + n), null, Intent.BUY,
                List.of(), null, null, null, null, null, Timeline.UNKNOWN, Financing.UNKNOWN, null, List.of(), null,
                false, "demo");
    }

    private static LeadDetails lead(int n) {
        String[] first = {"Maria", "James", "Priya", "Daniel", "Sofia", "Kevin", "Amara"};
        String[] last = {"Garcia", "Smith", "Patel", "Nguyen", "Rossi", "Okafor", "Johnson"};
        return new LeadDetails(first[n % first.length], last[n % last.length],
                "+1512555" + String.format("%04d", 100 + n), first[n % first.length].toLowerCase() + "@example.com",
                n % 4 == 3 ? Intent.RENT : Intent.BUY, List.of(CITIES.get(n % 3)), PropertyType.SINGLE_FAMILY,
                300_000 + n * 25_000, 450_000 + n * 25_000, 2 + n % 3, 2, n % 2 == 0 ? Timeline.NOW
                        : Timeline.ONE_TO_THREE_MONTHS, n % 3 == 0 ? Financing.PRE_APPROVED : Financing.NEEDS_LENDER,
                "Relocating for work", List.of("garage"), null, false, "demo");
    }
}
