package ai.seiketsu.demo;

import ai.seiketsu.identity.Accounts;
import ai.seiketsu.identity.Passwords;
import ai.seiketsu.leads.Leads;
import ai.seiketsu.listings.Listings;
import ai.seiketsu.provisioning.Provisioning;
import ai.seiketsu.scheduling.Scheduling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo agency is loaded only when asked for: {@code SEIKETSU_DEMO=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "seiketsu.demo.enabled", havingValue = "true")
class DemoConfiguration {

    @Bean
    DemoAgency demoAgency(Provisioning provisioning, Accounts accounts, Passwords passwords, Listings listings,
            Leads leads, Scheduling scheduling) {
        return new DemoAgency(provisioning, accounts, passwords, listings, leads, scheduling);
    }
}
